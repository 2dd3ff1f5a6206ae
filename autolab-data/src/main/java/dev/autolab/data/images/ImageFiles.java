package dev.autolab.data.images;

import java.util.Locale;
import java.util.Set;

/** Which file names are images. */
public final class ImageFiles {
  /** Extensions the JDK's ImageIO decodes without plug-ins. */
  static final Set<String> EXTENSIONS = Set.of("png", "jpg", "jpeg", "bmp", "gif");

  private ImageFiles() {}

  /** Whether {@code name} ends with an image extension (any case). */
  public static boolean isImageName(String name) {
    int dot = name.lastIndexOf('.');
    return dot > 0 && EXTENSIONS.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT));
  }
}
