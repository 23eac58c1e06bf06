package app.haven.application;

import java.io.IOException;
import java.io.OutputStream;

/** Where a download goes: told what the file is once it is authorised and intact, it gives the stream. */
@FunctionalInterface
public interface DownloadSink {

    OutputStream open(AttachmentView file) throws IOException;
}
