package org.valuebench.app.feedback;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.valuebench.app.AppException;

/**
 * The sample feedback files shipped in the jar, one small made-up file per source ValueBench reads (Help ▸
 * Sample feedback files): each laid out exactly as its tool writes it, so a user can try the import on it, or
 * save copies to look at them in the tool they know.
 */
public final class FeedbackSamples {
    /** Where the samples lie in the jar (the pom copies them there from the tests' resources). */
    public static final String RESOURCE_FOLDER = "/org/valuebench/samples/feedback/";

    /**
     * One sample file.
     *
     * @param fileName the file's name in the jar and in the copies
     * @param title    how the menu names it: "Google Play reviews (.csv, UTF-16)"
     * @param tool     the tool that writes files like it
     */
    public record Sample(String fileName, String title, String tool) {
        public String resource() {
            return RESOURCE_FOLDER + fileName;
        }
    }

    /** Survey tools first, then app stores, support and NPS tools, then ValueBench's own format. */
    private static final List<Sample> ALL = List.of(
            new Sample("microsoft-forms.xlsx", "Microsoft Forms workbook (.xlsx)", "Microsoft Forms"),
            new Sample("surveymonkey.xlsx", "SurveyMonkey responses workbook (.xlsx)", "SurveyMonkey"),
            new Sample("google-forms.csv", "Google Forms responses (.csv)", "Google Forms"),
            new Sample("typeform-responses.json", "Typeform responses (.json)", "Typeform"),
            new Sample("qualtrics-responses.json", "Qualtrics responses (.json)", "Qualtrics"),
            new Sample("google-play-reviews.csv", "Google Play reviews (.csv, UTF-16)", "Google Play Console"),
            new Sample("app-store-reviews.json", "App Store Connect customer reviews (.json)", "App Store Connect"),
            new Sample("zendesk-satisfaction-ratings.json", "Zendesk satisfaction ratings (.json)", "Zendesk"),
            new Sample("delighted-responses.json", "Delighted NPS, CSAT and CES responses (.json)", "Delighted"),
            new Sample("valuebench-long-format.csv", "ValueBench long format (.csv), for the Corner café",
                    "ValueBench"));

    private FeedbackSamples() {
    }

    public static List<Sample> all() {
        return ALL;
    }

    /**
     * Copies the sample into {@code folder} under its own name, replacing an earlier copy there: for a folder
     * the program owns.
     */
    public static Path copy(Sample sample, Path folder) {
        Path target = folder.resolve(sample.fileName());
        try (InputStream in = open(sample)) {
            Files.createDirectories(folder);
            Files.copy(in, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            return target;
        } catch (IOException e) {
            throw new AppException("Cannot copy the sample " + sample.fileName() + " to " + folder + ": "
                    + e.getMessage(), e);
        }
    }

    /**
     * Copies every sample into the user's {@code folder}, leaving a file of the same name that is already there
     * as it is.
     *
     * @return the names of the files left as they were (empty when all were written)
     */
    public static List<String> saveAll(Path folder) {
        if (!Files.isDirectory(folder)) {
            throw new AppException(folder + " is not a folder");
        }
        List<String> kept = new ArrayList<>();
        for (Sample sample : ALL) {
            try (InputStream in = open(sample)) {
                Files.copy(in, folder.resolve(sample.fileName()));
            } catch (FileAlreadyExistsException e) {
                kept.add(sample.fileName());
            } catch (IOException e) {
                throw new AppException("Cannot save the sample " + sample.fileName() + " to " + folder + ": "
                        + e.getMessage(), e);
            }
        }
        return kept;
    }

    private static InputStream open(Sample sample) throws IOException {
        InputStream in = FeedbackSamples.class.getResourceAsStream(sample.resource());
        if (in == null) {
            throw new IOException("it is missing from this build of ValueBench");
        }
        return in;
    }
}
