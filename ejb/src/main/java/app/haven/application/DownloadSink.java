package app.haven.application;

import java.io.IOException;
import java.io.OutputStream;

/**
 * Where a download goes: told what the file is once it is authorised and its first bytes are
 * intact, it gives the stream. A file found damaged after that leaves the stream short of the
 * file's size (see {@code FileTransfer#download}).
 */
@FunctionalInterface
public interface DownloadSink {

    OutputStream open(AttachmentView file) throws IOException;
}
