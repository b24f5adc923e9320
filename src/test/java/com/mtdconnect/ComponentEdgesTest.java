package com.mtdconnect;

import static java.util.Map.entry;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Components depend on each other only downward, along the edges of {@link #ALLOWED}; the product
 * never uses the demo layer. A component is the first package below {@code com.mtdconnect}; it uses
 * another when its sources name it: an import (also static or {@code .*}), a fully qualified name
 * in code or documentation, or, for the demo layer's classes, their simple name in the same
 * package. A new edge that goes downward is added to the table (and to the README's architecture
 * section); one that goes up means the code belongs elsewhere.
 */
class ComponentEdgesTest {

  /** Where the sources are. The demo layer's own source folder counts once it exists. */
  static final List<SourceRoot> ROOTS =
      List.of(
          new SourceRoot(Path.of("src/main/java"), Layer.PRODUCT),
          new SourceRoot(Path.of("src/demo/java"), Layer.DEMO));

  /**
   * The demo layer's components: they may use product components, never the reverse. Any class of a
   * demo source folder belongs to one of them: to {@code simulator} in its package, else to {@code
   * demo}, whatever its package.
   */
  static final Set<String> DEMO_LAYER = Set.of("simulator", "demo");

  /** Every component and the components it may use, from the bottom up. */
  static final Map<String, Set<String>> ALLOWED =
      Map.ofEntries(
          entry("platform", Set.of()),
          entry("audit", Set.of()),
          entry("identity", Set.of("platform", "audit", "graph")),
          entry("rbac", Set.of("platform", "audit", "identity")),
          entry("tenancy", Set.of("platform", "audit", "identity", "rbac", "graph")),
          // reads the audit log and names its objects, so it sits above the components it names
          entry(
              "auditlog",
              Set.of("platform", "audit", "identity", "rbac", "tenancy", "onboarding", "policies")),
          entry("outbox", Set.of("rbac", "tenancy")),
          entry("graph", Set.of("platform")),
          entry(
              "consent",
              Set.of("platform", "audit", "identity", "rbac", "tenancy", "outbox", "graph")),
          entry("connection", Set.of("rbac", "tenancy", "graph", "consent")),
          entry(
              "provisioning",
              Set.of("platform", "audit", "identity", "rbac", "tenancy", "graph", "consent")),
          entry(
              "onboarding",
              Set.of(
                  "platform",
                  "audit",
                  "identity",
                  "rbac",
                  "tenancy",
                  "graph",
                  "consent",
                  "provisioning")),
          entry(
              "polling",
              Set.of(
                  "platform",
                  "audit",
                  "identity",
                  "rbac",
                  "tenancy",
                  "graph",
                  "consent",
                  "provisioning",
                  "onboarding")),
          entry(
              "policies",
              Set.of(
                  "platform",
                  "audit",
                  "identity",
                  "rbac",
                  "tenancy",
                  "graph",
                  // the permission its polling kind needs (RequiredPermission)
                  "consent",
                  "provisioning",
                  "polling")),
          entry(
              "health",
              Set.of(
                  "platform",
                  "audit",
                  "identity",
                  "rbac",
                  "tenancy",
                  "consent",
                  "onboarding",
                  "polling",
                  "outbox")),
          entry(
              "dashboard",
              Set.of(
                  "rbac",
                  "tenancy",
                  "audit",
                  "graph",
                  "provisioning",
                  "polling",
                  "health",
                  "policies")),
          entry("simulator", Set.of("platform")),
          entry(
              "demo",
              Set.of(
                  "platform",
                  "audit",
                  "rbac",
                  "tenancy",
                  "outbox",
                  "consent",
                  "provisioning",
                  "onboarding",
                  "simulator")));

  private static final Pattern PACKAGE =
      Pattern.compile("^package\\s+([\\w.]+)\\s*;", Pattern.MULTILINE);

  /** A name below {@code com.mtdconnect}: packages, then maybe a class. */
  private static final Pattern REFERENCE =
      Pattern.compile("\\bcom\\.mtdconnect((?:\\.[a-z_][\\w]*)+)(?:\\.([A-Z]\\w*))?");

  @Test
  void everyEdgeBetweenComponentsIsAllowed() {
    Sources sources = Sources.read(ROOTS);
    List<String> wrong = new ArrayList<>();
    sources
        .edges()
        .forEach(
            (edge, files) -> {
              Set<String> allowed = ALLOWED.get(edge.from());
              if (allowed == null) {
                wrong.add(
                    "new component "
                        + edge.from()
                        + ": add it to ALLOWED with the components it may use (downward only)");
              } else if (!allowed.contains(edge.to())) {
                files.forEach(file -> wrong.add(edge + " is not allowed, in " + file));
              }
            });
    assertEquals(
        List.of(),
        wrong,
        "component edges outside ComponentEdgesTest.ALLOWED: an edge that goes downward is added"
            + " there (and to the README); one that goes up means the code belongs elsewhere");
  }

  @Test
  void theComponentsDependOnEachOtherWithoutCycles() {
    assertEquals(List.of(), cycle(ALLOWED), "a cycle in the allowed edges");
    Map<String, Set<String>> used = new TreeMap<>();
    Sources.read(ROOTS)
        .edges()
        .forEach(
            (edge, files) ->
                used.computeIfAbsent(edge.from(), c -> new TreeSet<>()).add(edge.to()));
    assertEquals(List.of(), cycle(used), "a cycle in the sources");
  }

  @Test
  void noProductComponentMayUseTheDemoLayer() {
    List<String> wrong = new ArrayList<>();
    ALLOWED.forEach(
        (from, to) -> {
          if (!DEMO_LAYER.contains(from)) {
            to.stream().filter(DEMO_LAYER::contains).forEach(c -> wrong.add(from + " -> " + c));
          }
        });
    assertEquals(List.of(), wrong, "the product never uses the demo layer");
  }

  @Test
  void everyAllowedEdgeIsUsed() {
    Set<Edge> used = Sources.read(ROOTS).edges().keySet();
    List<String> unused = new ArrayList<>();
    ALLOWED.forEach(
        (from, to) ->
            to.stream()
                .map(c -> new Edge(from, c))
                .filter(edge -> !used.contains(edge))
                .forEach(edge -> unused.add(edge.toString())));
    assertEquals(
        List.of(),
        unused.stream().sorted().toList(),
        "edges no source uses any more: remove them from ALLOWED and the README");
  }

  @Test
  void theScanFindsEveryKindOfReference() {
    String source =
        """
        package com.mtdconnect.tenancy.boundary;

        import com.mtdconnect.rbac.boundary.Requires;
        import static com.mtdconnect.audit.entity.Actor.SYSTEM;
        import com.mtdconnect.platform.entity.*;

        /** See {@link com.mtdconnect.identity.boundary.CurrentStaff}. */
        class Sample {
          Object graph = new com.mtdconnect.graph.entity.GraphFailure();
          Object local = new com.mtdconnect.tenancy.entity.Tenant();
          Object demo = DemoThing.class;
        }
        """;
    SourceFile file = SourceFile.of("com/mtdconnect/tenancy/boundary/Sample.java", source);
    Map<String, String> demoTypes =
        Map.of(
            "com.mtdconnect.tenancy.boundary.DemoThing", "demo",
            "com.mtdconnect.tenancy.boundary.Unused", "demo");
    assertEquals("tenancy", file.component(Layer.PRODUCT));
    assertEquals(
        Set.of("tenancy", "rbac", "audit", "platform", "identity", "graph", "demo"),
        file.usedComponents(demoTypes));
    assertEquals("demo", file.component(Layer.DEMO));
    assertEquals(
        "simulator",
        SourceFile.of("x/Y.java", "package com.mtdconnect.simulator.control;\nclass Y {}")
            .component(Layer.DEMO));
  }

  @Test
  void theScanReadsTheProduct() {
    Sources sources = Sources.read(ROOTS);
    assertTrue(sources.files().size() > 100, "found " + sources.files().size() + " sources");
    assertTrue(
        sources.uses("src/main/java/com/mtdconnect/rbac/boundary/StaffAccess.java", "identity"));
  }

  /** One cycle of the graph as a path ("a -> b -> a"), or none. */
  static List<String> cycle(Map<String, Set<String>> graph) {
    Set<String> done = new HashSet<>();
    for (String start : new TreeSet<>(graph.keySet())) {
      Deque<String> path = new ArrayDeque<>();
      List<String> found = cycleFrom(start, graph, path, done);
      if (!found.isEmpty()) {
        return List.of(String.join(" -> ", found));
      }
    }
    return List.of();
  }

  private static List<String> cycleFrom(
      String node, Map<String, Set<String>> graph, Deque<String> path, Set<String> done) {
    if (path.contains(node)) {
      List<String> cycle = new ArrayList<>();
      boolean in = false;
      for (var steps = path.descendingIterator(); steps.hasNext(); ) {
        String step = steps.next();
        in |= step.equals(node);
        if (in) {
          cycle.add(step);
        }
      }
      cycle.add(node);
      return cycle;
    }
    if (!done.add(node)) {
      return List.of();
    }
    path.push(node);
    for (String next : new TreeSet<>(graph.getOrDefault(node, Set.of()))) {
      List<String> found = cycleFrom(next, graph, path, done);
      if (!found.isEmpty()) {
        return found;
      }
    }
    path.pop();
    return List.of();
  }

  enum Layer {
    PRODUCT,
    DEMO
  }

  record SourceRoot(Path path, Layer layer) {}

  record Edge(String from, String to) {
    @Override
    public String toString() {
      return from + " -> " + to;
    }
  }

  /** One source file: its path (from the project folder) and its text. */
  record SourceFile(String path, String text) {
    static SourceFile of(String path, String text) {
      return new SourceFile(path, text);
    }

    String packageName() {
      Matcher matcher = PACKAGE.matcher(text);
      if (!matcher.find()) {
        throw new IllegalStateException(path + " declares no package");
      }
      return matcher.group(1);
    }

    String typeName() {
      return packageName() + "." + Path.of(path).getFileName().toString().replace(".java", "");
    }

    /** The component the file belongs to, in a source folder of this layer. */
    String component(Layer layer) {
      String[] parts = packageName().split("\\.");
      if (parts.length < 3 || !parts[0].equals("com") || !parts[1].equals("mtdconnect")) {
        throw new IllegalStateException(path + " is outside com.mtdconnect.<component>");
      }
      String component = parts[2];
      return layer == Layer.DEMO && !DEMO_LAYER.contains(component) ? "demo" : component;
    }

    /**
     * The components the file names; a class of the demo layer (by qualified name, or by simple
     * name in the file's own package) counts as its demo component.
     */
    Set<String> usedComponents(Map<String, String> demoTypes) {
      String body = PACKAGE.matcher(text).replaceFirst("");
      Set<String> used = new TreeSet<>();
      Matcher reference = REFERENCE.matcher(body);
      while (reference.find()) {
        String packages = reference.group(1);
        String type = reference.group(2);
        String demo = type == null ? null : demoTypes.get("com.mtdconnect" + packages + "." + type);
        used.add(demo != null ? demo : packages.substring(1).split("\\.")[0]);
      }
      String ownPackage = packageName();
      demoTypes.forEach(
          (name, component) -> {
            int dot = name.lastIndexOf('.');
            if (name.substring(0, dot).equals(ownPackage)
                && Pattern.compile("\\b" + name.substring(dot + 1) + "\\b").matcher(body).find()) {
              used.add(component);
            }
          });
      return used;
    }
  }

  /** Every source file of the existing source folders, with the components they use. */
  record Sources(Map<String, Set<String>> usesByFile, Map<Edge, List<String>> edges) {

    static Sources read(List<SourceRoot> roots) {
      SourceRoot product =
          roots.stream().filter(r -> r.layer() == Layer.PRODUCT).findFirst().orElseThrow();
      assertTrue(Files.isDirectory(product.path()), "no product sources at " + product.path());
      Map<SourceFile, String> components = new HashMap<>();
      Map<String, String> demoTypes = new HashMap<>();
      for (SourceRoot root : roots) {
        for (SourceFile file : files(root.path())) {
          String component = file.component(root.layer());
          components.put(file, component);
          if (root.layer() == Layer.DEMO) {
            demoTypes.put(file.typeName(), component);
          }
        }
      }
      Map<String, Set<String>> usesByFile = new TreeMap<>();
      Map<Edge, List<String>> edges = new TreeMap<>(ComponentEdgesTest::compare);
      components.forEach(
          (file, from) -> {
            Set<String> used = file.usedComponents(demoTypes);
            usesByFile.put(file.path(), used);
            used.stream()
                .filter(to -> !to.equals(from))
                .forEach(
                    to ->
                        edges
                            .computeIfAbsent(new Edge(from, to), e -> new ArrayList<>())
                            .add(file.path()));
          });
      edges.values().forEach(files -> files.sort(null));
      return new Sources(usesByFile, edges);
    }

    Set<String> files() {
      return usesByFile.keySet();
    }

    boolean uses(String file, String component) {
      return usesByFile.getOrDefault(file, Set.of()).contains(component);
    }

    private static List<SourceFile> files(Path root) {
      if (!Files.isDirectory(root)) {
        return List.of();
      }
      try (Stream<Path> paths = Files.walk(root)) {
        return paths
            .filter(p -> p.toString().endsWith(".java"))
            .map(p -> SourceFile.of(p.toString().replace('\\', '/'), read(p)))
            .toList();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    private static String read(Path file) {
      try {
        return Files.readString(file);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  private static int compare(Edge a, Edge b) {
    return a.toString().compareTo(b.toString());
  }
}
