package dev.autolab.data;

import dev.autolab.core.ProgressListener;
import java.util.ArrayList;
import java.util.List;

/** A progress listener that remembers what it was told, for assertions. */
public final class RecordingProgress implements ProgressListener {
  public final List<String> events = new ArrayList<>();

  @Override
  public void start(String task, long total) {
    events.add("start " + task);
  }

  @Override
  public void advance(long done) {
    events.add("advance " + done);
  }

  @Override
  public void finish() {
    events.add("finish");
  }
}
