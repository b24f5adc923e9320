package com.mtdconnect.rbac.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mtdconnect.platform.boundary.Unguarded;
import com.mtdconnect.rbac.entity.Permission;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every use-case facade (an application-scoped bean of a {@code boundary} package) names on each
 * public method the permission it needs, so the permission guard checks it before the method runs;
 * the only exceptions say why ({@link Unguarded}). A new facade method without either fails here.
 */
class BoundaryGuardTest {

  @Test
  void everyPublicUseCaseMethodNamesItsPermissionOrWhyItNeedsNone() throws Exception {
    List<Class<?>> facades = facades();
    assertTrue(facades.size() >= 10, "found the facades: " + facades);
    List<String> unguarded = new ArrayList<>();
    for (Class<?> facade : facades) {
      for (Method method : facade.getDeclaredMethods()) {
        if (isUseCase(method) && !guarded(method) && !excused(method)) {
          unguarded.add(facade.getSimpleName() + "." + method.getName());
        }
      }
    }
    assertEquals(List.of(), unguarded, "use cases without @Requires or @Unguarded");
  }

  @Test
  void aUseCaseOnOneTenantNamesItsPermissionsAndALongTenantId() throws Exception {
    List<String> wrong = new ArrayList<>();
    for (Class<?> facade : facades()) {
      for (Method method : facade.getDeclaredMethods()) {
        List<Parameter> tenantIds =
            Arrays.stream(method.getParameters())
                .filter(p -> p.isAnnotationPresent(TenantId.class))
                .toList();
        if (tenantIds.isEmpty()) {
          continue;
        }
        boolean ok =
            tenantIds.size() == 1
                && tenantIds.get(0).getType() == long.class
                && !PermissionGuard.required(method).isEmpty();
        if (!ok) {
          wrong.add(facade.getSimpleName() + "." + method.getName());
        }
      }
    }
    assertEquals(List.of(), wrong);
  }

  @Test
  void theGuardReadsTheMethodsPermissionsBeforeTheClasses() throws Exception {
    assertEquals(
        List.of(Permission.TENANTS_UPDATE),
        PermissionGuard.required(Sample.class.getMethod("change", long.class)));
    assertEquals(
        List.of(Permission.TENANTS_READ), PermissionGuard.required(Sample.class.getMethod("read")));
    assertThrows(
        IllegalStateException.class,
        () -> PermissionGuard.required(Object.class.getMethod("toString")));
  }

  @Test
  void theScanFindsAnUnguardedMethod() {
    assertFalse(guarded(method(Unmarked.class, "open")));
    assertFalse(excused(method(Unmarked.class, "open")));
  }

  @Requires(Permission.TENANTS_READ)
  static class Sample {
    @Requires(Permission.TENANTS_UPDATE)
    public void change(@TenantId long id) {}

    public void read() {}
  }

  static class Unmarked {
    public void open() {}
  }

  private static Method method(Class<?> type, String name) {
    return Arrays.stream(type.getDeclaredMethods())
        .filter(m -> m.getName().equals(name))
        .findFirst()
        .orElseThrow();
  }

  private static boolean isUseCase(Method method) {
    return Modifier.isPublic(method.getModifiers())
        && !Modifier.isStatic(method.getModifiers())
        && !method.isSynthetic();
  }

  private static boolean guarded(Method method) {
    return method.isAnnotationPresent(Requires.class)
        || method.getDeclaringClass().isAnnotationPresent(Requires.class);
  }

  private static boolean excused(Method method) {
    return method.isAnnotationPresent(Unguarded.class)
        || method.getDeclaringClass().isAnnotationPresent(Unguarded.class);
  }

  /** The application-scoped beans of every {@code com.mtdconnect.*.boundary} package. */
  private static List<Class<?>> facades() throws IOException, URISyntaxException {
    Path classes =
        Path.of(Requires.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    Path root = classes.resolve("com/mtdconnect");
    List<Class<?>> facades = new ArrayList<>();
    try (Stream<Path> files = Files.walk(root)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
        String relative = classes.relativize(file).toString();
        if (!relative.contains("/boundary/") || relative.contains("$")) {
          continue;
        }
        String name = relative.replace('/', '.').replaceAll("\\.class$", "");
        try {
          Class<?> type = Class.forName(name, false, BoundaryGuardTest.class.getClassLoader());
          if (type.isAnnotationPresent(ApplicationScoped.class)) {
            facades.add(type);
          }
        } catch (ClassNotFoundException | NoClassDefFoundError e) {
          throw new IllegalStateException(name, e);
        }
      }
    }
    return facades;
  }
}
