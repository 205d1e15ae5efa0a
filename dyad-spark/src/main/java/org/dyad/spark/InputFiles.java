package org.dyad.spark;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;

/**
 * The input files of a job, found on any Hadoop file system: a file, or a directory walked recursively. JSONL
 * files end in {@code .jsonl}, web archives in {@code .warc} or {@code .warc.gz} (case ignored); other files are
 * passed over, as {@code dyad code} passes them over in a directory. Paths are fully qualified, in path order.
 *
 * @param jsonl the JSONL files
 * @param warc  the WARC files
 */
record InputFiles(List<String> jsonl, List<String> warc) {
    InputFiles {
        jsonl = List.copyOf(jsonl);
        warc = List.copyOf(warc);
    }

    boolean isEmpty() {
        return jsonl.isEmpty() && warc.isEmpty();
    }

    /** The JSONL and WARC files at or under {@code location}. */
    static InputFiles find(String location, Configuration conf) throws IOException {
        Path path = new Path(location);
        FileSystem fs = path.getFileSystem(conf);
        FileStatus status = fs.getFileStatus(path);
        List<String> files = new ArrayList<>();
        if (status.isFile()) {
            files.add(fs.makeQualified(status.getPath()).toString());
        } else {
            RemoteIterator<LocatedFileStatus> walk = fs.listFiles(path, true);
            while (walk.hasNext()) {
                LocatedFileStatus file = walk.next();
                if (!hidden(file.getPath().getName())) {
                    files.add(fs.makeQualified(file.getPath()).toString());
                }
            }
        }
        files.sort(null);
        List<String> jsonl = new ArrayList<>();
        List<String> warc = new ArrayList<>();
        for (String file : files) {
            String name = file.toLowerCase(Locale.ROOT);
            if (name.endsWith(".jsonl")) {
                jsonl.add(file);
            } else if (name.endsWith(".warc") || name.endsWith(".warc.gz")) {
                warc.add(file);
            }
        }
        return new InputFiles(jsonl, warc);
    }

    /** Files Hadoop and Spark keep for themselves: checksums, markers, temporary output. */
    private static boolean hidden(String name) {
        return name.startsWith(".") || name.startsWith("_");
    }
}
