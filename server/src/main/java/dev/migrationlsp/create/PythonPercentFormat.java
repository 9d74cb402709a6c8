package dev.migrationlsp.create;

import java.util.Map;

/**
 * Python's {@code str % dict} for Alembic's {@code file_template}: {@code %(name)[flags][width][.precision]conversion}
 * with conversions {@code s r d i u} and flags {@code - 0 + space #}, and {@code %%}. That covers what Alembic documents
 * ({@code %(rev)s}, {@code %(slug)s}, {@code %(epoch)s}, {@code %(year)d}, {@code %(month).2d}, ...). Anything else is
 * an error naming the offending part, as Python would raise one.
 */
final class PythonPercentFormat {
    private PythonPercentFormat() {}

    static String format(String template, Map<String, Object> values) throws CreateException {
        StringBuilder out = new StringBuilder();
        int i = 0;
        int n = template.length();
        while (i < n) {
            char c = template.charAt(i);
            if (c != '%') {
                out.append(c);
                i++;
                continue;
            }
            int start = i;
            i++;
            if (i < n && template.charAt(i) == '%') {
                out.append('%');
                i++;
                continue;
            }
            if (i >= n || template.charAt(i) != '(') {
                throw bad(template, start, "expected %(name)");
            }
            int close = template.indexOf(')', i);
            if (close < 0) {
                throw bad(template, start, "unclosed %(");
            }
            String name = template.substring(i + 1, close);
            i = close + 1;
            boolean left = false;
            boolean zero = false;
            boolean plus = false;
            boolean space = false;
            while (i < n && "-0+ #".indexOf(template.charAt(i)) >= 0) {
                switch (template.charAt(i)) {
                    case '-' -> left = true;
                    case '0' -> zero = true;
                    case '+' -> plus = true;
                    case ' ' -> space = true;
                    default -> {} // '#' changes nothing for s/d
                }
                i++;
            }
            int width = 0;
            while (i < n && Character.isDigit(template.charAt(i))) {
                width = Math.min(1000, width * 10 + (template.charAt(i) - '0'));
                i++;
            }
            int precision = -1;
            if (i < n && template.charAt(i) == '.') {
                i++;
                precision = 0;
                while (i < n && Character.isDigit(template.charAt(i))) {
                    precision = Math.min(1000, precision * 10 + (template.charAt(i) - '0'));
                    i++;
                }
            }
            while (i < n && "hlL".indexOf(template.charAt(i)) >= 0) {
                i++;
            }
            if (i >= n) {
                throw bad(template, start, "incomplete format");
            }
            char conv = template.charAt(i++);
            if (!values.containsKey(name)) {
                throw bad(
                        template,
                        start,
                        "unknown key '" + name + "' (known: " + String.join(", ", values.keySet()) + ")");
            }
            Object v = values.get(name);
            String body;
            switch (conv) {
                case 's', 'r' -> {
                    body = conv == 'r' && v instanceof String s ? "'" + s + "'" : String.valueOf(v);
                    if (precision >= 0 && body.length() > precision) {
                        body = body.substring(0, precision);
                    }
                    zero = false;
                }
                case 'd', 'i', 'u' -> {
                    if (!(v instanceof Number num)) {
                        throw bad(template, start, "%" + conv + " format: a number is required, not a string");
                    }
                    long x = num.longValue();
                    String digits = Long.toString(Math.abs(x));
                    if (precision > digits.length()) {
                        digits = "0".repeat(precision - digits.length()) + digits;
                    }
                    String sign = x < 0 ? "-" : plus ? "+" : space ? " " : "";
                    if (zero && !left && precision < 0 && sign.length() + digits.length() < width) {
                        digits = "0".repeat(width - sign.length() - digits.length()) + digits;
                    }
                    body = sign + digits;
                }
                default -> throw bad(template, start, "unsupported conversion '%" + conv + "'");
            }
            if (body.length() < width) {
                String pad = " ".repeat(width - body.length());
                body = left ? body + pad : pad + body;
            }
            out.append(body);
        }
        return out.toString();
    }

    private static CreateException bad(String template, int at, String why) {
        return new CreateException(
                "alembic.ini file_template \"" + template + "\" at character " + (at + 1) + ": " + why);
    }
}
