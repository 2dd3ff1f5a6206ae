package dev.autolab.registry.remote;

import com.fasterxml.jackson.databind.JsonNode;
import dev.autolab.core.BadInputException;
import dev.autolab.core.Json;
import dev.autolab.registry.ModelVersion;
import dev.autolab.registry.store.Manifest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalInt;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.core.sync.ResponseTransformer;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;
import software.amazon.awssdk.services.s3.model.GetObjectRequest;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.PutObjectRequest;

/**
 * An S3-compatible bucket as a model remote (AWS SDK v2): {@code PREFIX/NAME/v<N>/<file>} for each
 * file of a version, each with its SHA-256 in the object's metadata, {@code
 * PREFIX/NAME/v<N>/autolab-manifest.json} with the checksums and times, and {@code
 * PREFIX/NAME/aliases/<stage>.json} for each stage. The endpoint of a non-AWS server comes from
 * {@code -Dautolab.s3.endpoint} or {@code AWS_ENDPOINT_URL}; credentials and region from the SDK's
 * usual chain (environment, system properties, profile), the region defaulting to us-east-1.
 */
public final class S3Remote implements Remote {
  private final String url;
  private final String bucket;
  private final String prefix;
  private final S3Client s3;

  private S3Remote(String url, String bucket, String prefix, S3Client s3) {
    this.url = url;
    this.bucket = bucket;
    this.prefix = prefix;
    this.s3 = s3;
  }

  static S3Remote of(String url) {
    String rest = url.substring("s3://".length());
    int slash = rest.indexOf('/');
    String bucket = slash < 0 ? rest : rest.substring(0, slash);
    String prefix = slash < 0 ? "" : rest.substring(slash + 1).replaceAll("/+$", "");
    if (bucket.isEmpty()) {
      throw new BadInputException("--to " + url + ": no bucket; use s3://BUCKET/PREFIX");
    }
    return new S3Remote(url, bucket, prefix, client());
  }

  private static S3Client client() {
    S3ClientBuilder builder =
        S3Client.builder()
            .httpClient(UrlConnectionHttpClient.create())
            // Servers other than AWS may not speak the newer trailing checksums; the SHA-256
            // of every file is kept in its metadata and checked on pull instead.
            .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
            .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED);
    String endpoint = System.getProperty("autolab.s3.endpoint", System.getenv("AWS_ENDPOINT_URL"));
    if (endpoint != null && !endpoint.isBlank()) {
      builder.endpointOverride(URI.create(endpoint)).forcePathStyle(true);
    }
    String region = System.getProperty("aws.region", System.getenv("AWS_REGION"));
    builder.region(Region.of(region == null || region.isBlank() ? "us-east-1" : region));
    return builder.build();
  }

  @Override
  public String url() {
    return url;
  }

  private String key(String... parts) {
    String joined = String.join("/", parts);
    return prefix.isEmpty() ? joined : prefix + "/" + joined;
  }

  @Override
  public void push(ModelVersion version, Manifest manifest, Path packageDir) {
    String dir = "v" + version.version();
    for (Manifest.Entry e : manifest.files()) {
      PutObjectRequest put =
          PutObjectRequest.builder()
              .bucket(bucket)
              .key(key(version.name(), dir, e.path()))
              .metadata(Map.of("sha256", e.sha256()))
              .build();
      s3.putObject(put, RequestBody.fromFile(packageDir.resolve(e.path())));
      HeadObjectResponse head =
          s3.headObject(b -> b.bucket(bucket).key(key(version.name(), dir, e.path())));
      if (head.contentLength() != e.bytes()) {
        throw new IllegalStateException(
            url
                + ": "
                + e.path()
                + " stored with "
                + head.contentLength()
                + " bytes, not "
                + e.bytes());
      }
    }
    Map<String, Object> record = new LinkedHashMap<>();
    record.put("schemaVersion", 1);
    record.put("name", version.name());
    record.put("version", version.version());
    record.put("created", version.created());
    record.put("pushed", Instant.now().toString());
    record.put("digest", manifest.digest());
    record.put("files", manifest.files());
    putJson(key(version.name(), dir, Manifest.FILE), record);
  }

  @Override
  public void setAlias(String name, String alias, int version) {
    Map<String, Object> record = new LinkedHashMap<>();
    record.put("schemaVersion", 1);
    record.put("version", version);
    record.put("time", Instant.now().toString());
    putJson(key(name, "aliases", alias + ".json"), record);
  }

  @Override
  public OptionalInt alias(String name, String alias) {
    try {
      byte[] bytes =
          s3.getObjectAsBytes(b -> b.bucket(bucket).key(key(name, "aliases", alias + ".json")))
              .asByteArray();
      return OptionalInt.of(Json.mapper().readTree(bytes).path("version").asInt());
    } catch (NoSuchKeyException e) {
      return OptionalInt.empty();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void pull(String name, int version, Path out) {
    String dir = "v" + version;
    try {
      JsonNode manifest =
          Json.mapper()
              .readTree(
                  s3.getObjectAsBytes(b -> b.bucket(bucket).key(key(name, dir, Manifest.FILE)))
                      .asByteArray());
      for (JsonNode file : manifest.path("files")) {
        String path = file.path("path").asText();
        Path target = out.resolve(path);
        Files.createDirectories(target.getParent());
        Files.deleteIfExists(target);
        s3.getObject(
            GetObjectRequest.builder().bucket(bucket).key(key(name, dir, path)).build(),
            ResponseTransformer.toFile(target));
      }
    } catch (NoSuchKeyException e) {
      throw new BadInputException(name + "@" + version + " is not in " + url);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot pull " + name + "@" + version + " from " + url, e);
    }
  }

  private void putJson(String key, Object value) {
    s3.putObject(
        PutObjectRequest.builder().bucket(bucket).key(key).contentType("application/json").build(),
        RequestBody.fromString(Json.line(value)));
  }
}
