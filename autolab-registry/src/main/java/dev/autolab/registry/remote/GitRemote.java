package dev.autolab.registry.remote;

import dev.autolab.core.Json;
import dev.autolab.registry.ModelVersion;
import dev.autolab.registry.store.Manifest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalInt;
import java.util.stream.Stream;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.TransportCommand;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.StoredConfig;
import org.eclipse.jgit.transport.RefSpec;
import org.eclipse.jgit.transport.UsernamePasswordCredentialsProvider;

/**
 * A git repository as a model remote (JGit): one model per repository, as on the Hugging Face Hub.
 * Each version is a commit on {@code main} whose tree is the {@code model/} package at its root
 * plus {@code autolab-manifest.json}, tagged {@code v<N>}; each stage is a branch of that name
 * pointing at its version's commit. Model weights and files over 10 MiB go through Git LFS as the
 * Hub expects ({@link Lfs}). Over https, {@code AUTOLAB_GIT_TOKEN} (or {@code HF_TOKEN}) is the
 * password.
 */
public final class GitRemote implements Remote {
  private static final String BRANCH = "main";
  private final String url;

  public GitRemote(String url) {
    this.url = url;
  }

  @Override
  public String url() {
    return url;
  }

  @Override
  public void push(ModelVersion version, Manifest manifest, Path packageDir) {
    boolean lfs = Lfs.localPath(url) != null;
    if (!lfs) {
      Lfs.checkPlainBlobs(url, packageDir);
    }
    Path work = tempDir();
    try (Git git = cloneOrInit(work)) {
      clearWorkTree(work);
      copyTree(packageDir, work);
      Map<String, Object> record = new LinkedHashMap<>();
      record.put("schemaVersion", 1);
      record.put("name", version.name());
      record.put("version", version.version());
      record.put("created", version.created());
      record.put("digest", manifest.digest());
      record.put("files", manifest.files());
      Json.write(work.resolve(Manifest.FILE), record);
      if (lfs && !Lfs.trackedFiles(work).isEmpty()) {
        // Objects reach the remote's LFS store before the commit that points at them.
        Lfs.convert(work, Lfs.storeOf(url));
      }
      git.add().addFilepattern(".").call();
      git.add().addFilepattern(".").setUpdate(true).call();
      PersonIdent who = new PersonIdent("autolab", "autolab@localhost");
      git.commit()
          .setAuthor(who)
          .setCommitter(who)
          .setAllowEmpty(true)
          .setMessage(
              version.ref()
                  + ": run "
                  + version.runId()
                  + ", data "
                  + version.dataFingerprint()
                  + ", "
                  + version.metric()
                  + " "
                  + version.metricValue())
          .call();
      git.tag().setName(tag(version.version())).setAnnotated(false).call();
      auth(git.push())
          .setRefSpecs(
              new RefSpec("refs/heads/" + BRANCH + ":refs/heads/" + BRANCH),
              new RefSpec(
                  "refs/tags/" + tag(version.version()) + ":refs/tags/" + tag(version.version())))
          .call();
    } catch (GitAPIException e) {
      throw new IllegalStateException("cannot push " + version.ref() + " to " + url + ": " + e, e);
    } finally {
      delete(work);
    }
  }

  @Override
  public void setAlias(String name, String alias, int version) {
    Path work = tempDir();
    try (Git git = cloneOrInit(work)) {
      git.branchCreate()
          .setName(alias)
          .setStartPoint("refs/tags/" + tag(version))
          .setForce(true)
          .call();
      auth(git.push())
          .setRefSpecs(new RefSpec("+refs/heads/" + alias + ":refs/heads/" + alias))
          .call();
    } catch (GitAPIException e) {
      throw new IllegalStateException("cannot set " + alias + " of " + url + ": " + e, e);
    } finally {
      delete(work);
    }
  }

  @Override
  public OptionalInt alias(String name, String alias) {
    try {
      Collection<Ref> refs =
          auth(Git.lsRemoteRepository().setRemote(url)).setHeads(true).setTags(true).call();
      ObjectId head = null;
      for (Ref ref : refs) {
        if (ref.getName().equals("refs/heads/" + alias)) {
          head = ref.getObjectId();
        }
      }
      if (head == null) {
        return OptionalInt.empty();
      }
      for (Ref ref : refs) {
        if (ref.getName().startsWith("refs/tags/v") && head.equals(ref.getObjectId())) {
          return OptionalInt.of(Integer.parseInt(ref.getName().substring("refs/tags/v".length())));
        }
      }
      return OptionalInt.empty();
    } catch (GitAPIException e) {
      throw new IllegalStateException("cannot list the refs of " + url + ": " + e, e);
    }
  }

  @Override
  public void pull(String name, int version, Path out) {
    Path work = tempDir();
    try (Git git =
        auth(Git.cloneRepository()
                .setURI(url)
                .setDirectory(work.toFile())
                .setBranch("refs/tags/" + tag(version)))
            .call()) {
      // The checked-out tree of the tag is the package; git's own folder is left behind, and
      // LFS pointers are replaced by their objects, checked against their SHA-256.
      Path tree = git.getRepository().getWorkTree().toPath();
      if (Files.exists(tree.resolve(Lfs.ATTRIBUTES))) {
        Lfs.resolve(tree, Lfs.storeOf(url));
        Files.delete(tree.resolve(Lfs.ATTRIBUTES));
      }
      copyTree(tree, out);
    } catch (GitAPIException e) {
      throw new IllegalStateException(
          "cannot pull " + name + "@" + version + " from " + url + ": " + e, e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot pull " + name + "@" + version + " from " + url, e);
    } finally {
      delete(work);
    }
  }

  /**
   * A local repository with the remote's branches and tags fetched and {@code main} checked out
   * when it exists. Fetching into a fresh repository rather than cloning works whatever the
   * remote's HEAD points at (a bare repository's HEAD may name a branch that does not exist).
   */
  private Git cloneOrInit(Path work) throws GitAPIException {
    Git git = Git.init().setDirectory(work.toFile()).setInitialBranch(BRANCH).call();
    try {
      StoredConfig config = git.getRepository().getConfig();
      config.setString("remote", "origin", "url", url);
      // This tree already holds LFS pointers and the remote's store their objects: a git-lfs
      // installed on the machine (its filters are in the system's git config, which JGit reads)
      // must pass the pointers through unchanged and must not run its own pre-push hook.
      config.setString("filter", "lfs", "clean", "cat");
      config.setString("filter", "lfs", "smudge", "cat");
      config.setBoolean("filter", "lfs", "required", false);
      config.setString(
          "core", null, "hooksPath", work.resolve(".git").resolve("no-hooks").toString());
      config.save();
      auth(git.fetch())
          .setRemote("origin")
          .setRefSpecs(
              new RefSpec("+refs/heads/*:refs/remotes/origin/*"),
              new RefSpec("+refs/tags/*:refs/tags/*"))
          .call();
      if (git.getRepository().findRef("refs/remotes/origin/" + BRANCH) != null) {
        git.checkout()
            .setName(BRANCH)
            .setCreateBranch(true)
            .setForced(true)
            .setStartPoint("origin/" + BRANCH)
            .call();
      }
    } catch (IOException e) {
      git.close();
      throw new UncheckedIOException(e);
    }
    return git;
  }

  private static <C extends TransportCommand<C, ?>> C auth(C command) {
    String token = System.getenv("AUTOLAB_GIT_TOKEN");
    if (token == null || token.isBlank()) {
      token = System.getenv("HF_TOKEN");
    }
    if (token != null && !token.isBlank()) {
      command.setCredentialsProvider(new UsernamePasswordCredentialsProvider("autolab", token));
    }
    return command;
  }

  private static String tag(int version) {
    return "v" + version;
  }

  private static Path tempDir() {
    try {
      return Files.createTempDirectory("autolab-git");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Removes everything but {@code .git}, so that files a version dropped are dropped in git. */
  private static void clearWorkTree(Path work) {
    try (Stream<Path> top = Files.list(work)) {
      top.filter(p -> !p.getFileName().toString().equals(".git")).forEach(GitRemote::delete);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Copies the files of {@code from} (not its {@code .git}) into {@code to}. */
  static void copyTree(Path from, Path to) {
    try (Stream<Path> walk = Files.walk(from)) {
      for (Path p : (Iterable<Path>) walk::iterator) {
        Path rel = from.relativize(p);
        if (rel.toString().isEmpty() || rel.getName(0).toString().equals(".git")) {
          continue;
        }
        Path target = to.resolve(rel.toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.createDirectories(target.getParent());
          Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot copy " + from + " to " + to, e);
    }
  }

  static void delete(Path path) {
    if (!Files.exists(path)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(path)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot delete " + path, e);
    }
  }
}
