package dev.migrationlsp.alembic;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * File names judged by each history's own {@code file_template}: a name is reported only when it names a different
 * revision. Each row: template, file name, the file's revision, the id the name claims ("-" = none).
 */
class RevisionFileNameTest {

    @ParameterizedTest(name = "{0} | {1} | rev {2} -> {3}")
    @CsvSource(
            delimiter = '|',
            value = {
                // Alembic's default template
                "%(rev)s_%(slug)s | 1a2b3c4d5e6f_add_users.py | 1a2b3c4d5e6f | -",
                "%(rev)s_%(slug)s | 0f0f0f0f0f0f_add_users.py | 1a2b3c4d5e6f | 0f0f0f0f0f0f",
                "%(rev)s_%(slug)s | add_users.py | 1a2b3c4d5e6f | -",
                "%(rev)s_%(slug)s | 0007_add_users.py | 0007 | -",
                "%(rev)s_%(slug)s | 0008_add_users.py | 0007 | 0008",
                "%(rev)s_%(slug)s | 007_add_users.py | 0007 | -",
                // sequential ids with underscores in them are still the file's own
                "%(rev)s_%(slug)s | 0001_initial_schema.py | 0001_initial | -",
                // a numbered prefix before the id (001_<rev>_<slug>.py)
                "%(rev)s_%(slug)s | 001_1a2b3c4d5e6f_add_users.py | 1a2b3c4d5e6f | -",
                "%(rev)s_%(slug)s | 042_0f0f0f0f0f0f_add_users.py | 1a2b3c4d5e6f | 0f0f0f0f0f0f",
                "%(rev)s_%(slug)s | 042_add_users.py | 1a2b3c4d5e6f | -",
                // date-first templates (the ini's %% already undone)
                "%(year)d_%(month).2d_%(day).2d_%(hour).2d%(minute).2d%(second).2d_%(rev)s_%(slug)s"
                        + " | 2021_01_20_122127_1a2b3c4d5e6f_add_users.py | 1a2b3c4d5e6f | -",
                "%(year)d_%(month).2d_%(day).2d_%(hour).2d%(minute).2d%(second).2d_%(rev)s_%(slug)s"
                        + " | 2021_01_20_122127_0f0f0f0f0f0f_add_users.py | 1a2b3c4d5e6f | 0f0f0f0f0f0f",
                "%(year)d_%(month).2d_%(day).2d-%(rev)s_%(slug)s | 2024_03_05-1a2b3c4d5e6f_x.py | 1a2b3c4d5e6f | -",
                "%(year)d_%(month).2d_%(day).2d-%(rev)s_%(slug)s | 2024_03_05-abcdefabcdef_x.py | 1a2b3c4d5e6f | abcdefabcdef",
                // a file older than the date template: its date is not an id
                "%(year)d_%(month).2d_%(day).2d-%(rev)s_%(slug)s | 1a2b3c4d5e6f_x.py | 1a2b3c4d5e6f | -",
                "%(epoch)s_%(rev)s_%(slug)s | 1700000000_1a2b3c4d5e6f_x.py | 1a2b3c4d5e6f | -",
                "%(epoch)s_%(rev)s_%(slug)s | 1700000000_abcdefabcdef_x.py | 1a2b3c4d5e6f | abcdefabcdef",
                // the slug first, the revision last
                "%(slug)s_%(rev)s | add_users_1a2b3c4d5e6f.py | 1a2b3c4d5e6f | -",
                "%(slug)s_%(rev)s | add_users_abcdefabcdef.py | 1a2b3c4d5e6f | abcdefabcdef",
                // a truncated slug changes nothing
                "%(rev)s_%(slug)s | 1a2b3c4d5e6f_add_a_very_long_descr.py | 1a2b3c4d5e6f | -",
                // folders in the template (Alembic 1.18): only the last part names the file
                "%(year)d/%(month).2d/%(day).2d_%(rev)s_%(slug)s | 05_1a2b3c4d5e6f_x.py | 1a2b3c4d5e6f | -",
                "%(year)d/%(month).2d/%(day).2d_%(rev)s_%(slug)s | 05_abcdefabcdef_x.py | 1a2b3c4d5e6f | abcdefabcdef",
                // sequential ids, date-first names
                "%(year)d%(month).2d%(day).2d_%(rev)s_%(slug)s | 20210120_0042_x.py | 0042 | -",
                "%(year)d%(month).2d%(day).2d_%(rev)s_%(slug)s | 20210120_0043_x.py | 0042 | 0043",
            })
    void judgesTheNameByTheTemplate(String template, String fileName, String revision, String claimed) {
        Optional<String> got = new RevisionFileName(template.strip())
                .claim(fileName.strip(), revision.strip())
                .map(RevisionFileName.Claim::revision);
        assertThat(got).isEqualTo(claimed.strip().equals("-") ? Optional.empty() : Optional.of(claimed.strip()));
    }
}
