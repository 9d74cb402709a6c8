# Sourced by the benchmark scripts. `median`: the median of the numbers on stdin (the mean of the middle two for an even
# count), as an integer; `median 1000` turns seconds (as `time` prints them) into milliseconds.
median() { sort -n | awk -v scale="${1:-1}" '{a[NR]=$1} END {printf "%d", ((NR%2)?a[(NR+1)/2]:(a[NR/2]+a[NR/2+1])/2)*scale}'; }
