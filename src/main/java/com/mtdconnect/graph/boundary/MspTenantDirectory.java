package com.mtdconnect.graph.boundary;

import com.microsoft.graph.serviceclient.GraphServiceClient;
import com.mtdconnect.graph.control.CallMetricsRecorder;
import com.mtdconnect.graph.control.DirectoryReads;
import com.mtdconnect.graph.control.GraphFailures;
import com.mtdconnect.graph.control.MsalTransport;
import com.mtdconnect.graph.control.RequestPacer;
import com.mtdconnect.graph.control.StaffDirectoryReads;
import com.mtdconnect.graph.control.TenantClients;
import com.mtdconnect.graph.control.TokenSource;
import com.mtdconnect.graph.entity.DirectoryGroup;
import com.mtdconnect.graph.entity.DirectoryUser;
import com.mtdconnect.graph.entity.GraphFailure;
import com.mtdconnect.graph.entity.GraphNotConfigured;
import com.mtdconnect.graph.entity.GraphSettings;
import jakarta.enterprise.inject.Vetoed;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.function.Function;

/**
 * The MSP's own Entra tenant, read through Graph with the staff sign-in app registration's
 * application permissions (User.Read.All, GroupMember.Read.All): who may be given a role. Paced and
 * translated like every other Graph call; throws only {@link GraphFailure} subclasses, {@link
 * GraphNotConfigured} when staff sign-in is not configured.
 */
@Vetoed
public class MspTenantDirectory {

  private final String tenantId;
  private final TenantClients clients;
  private final String notConfigured;
  private final StaffDirectoryReads reads = new StaffDirectoryReads();
  private final DirectoryReads directory = new DirectoryReads();

  /**
   * Reads the MSP's tenant {@code tenantId} as the app of {@code settings} (its home tenant is the
   * MSP's), getting tokens on {@code executor}.
   */
  public MspTenantDirectory(GraphSettings settings, String tenantId, ExecutorService executor) {
    this.tenantId = tenantId;
    this.notConfigured = null;
    TokenSource tokens =
        new TokenSource(
            settings,
            new MsalTransport(
                settings.connectTimeout(), settings.readTimeout(), settings.endpoints()),
            executor);
    this.clients =
        new TenantClients(
            settings, tokens, new RequestPacer(settings.budgets()), new CallMetricsRecorder());
  }

  /** A directory that cannot be read because {@code missingSetting} is not set. */
  public static MspTenantDirectory notConfigured(String missingSetting) {
    return new MspTenantDirectory(missingSetting);
  }

  private MspTenantDirectory(String missingSetting) {
    this.tenantId = null;
    this.clients = null;
    this.notConfigured = missingSetting;
  }

  /** For CDI proxies only. */
  protected MspTenantDirectory() {
    this.tenantId = null;
    this.clients = null;
    this.notConfigured = null;
  }

  /**
   * Users whose name or sign-in name has a word starting with {@code text}, at most {@code max}.
   */
  public List<DirectoryUser> searchUsers(String text, int max) {
    return call("search staff", c -> reads.searchUsers(c, text, max));
  }

  /** Groups whose display name has a word starting with {@code text}, at most {@code max}. */
  public List<DirectoryGroup> searchGroups(String text, int max) {
    return call("search groups", c -> directory.searchGroups(c, text, max));
  }

  /** The user signing in with this name; empty when the MSP's directory has no such user. */
  public Optional<DirectoryUser> findUser(String userPrincipalName) {
    return call("look up a staff member", c -> reads.findUser(c, userPrincipalName));
  }

  /** The group with this object id; empty when the MSP's directory has no such group. */
  public Optional<DirectoryGroup> findGroup(String groupId) {
    return call("look up a group", c -> reads.findGroup(c, groupId));
  }

  private <T> T call(String operation, Function<GraphServiceClient, T> work) {
    if (notConfigured != null) {
      throw new GraphNotConfigured(
          "The MSP's directory cannot be read: staff sign-in is not configured ("
              + notConfigured
              + " is empty).");
    }
    try {
      return work.apply(clients.forTenant(tenantId));
    } catch (RuntimeException e) {
      throw GraphFailures.translate(tenantId, operation, e);
    }
  }
}
