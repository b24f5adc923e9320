package com.mtdconnect.graph.boundary;

import com.microsoft.graph.serviceclient.GraphServiceClient;
import com.mtdconnect.graph.control.BatchReads;
import com.mtdconnect.graph.control.CallMetricsRecorder;
import com.mtdconnect.graph.control.DirectoryReads;
import com.mtdconnect.graph.control.GraphFailures;
import com.mtdconnect.graph.control.InstallStatusReports;
import com.mtdconnect.graph.control.IntuneOperations;
import com.mtdconnect.graph.control.IntuneProvisioningCalls;
import com.mtdconnect.graph.control.MsalTransport;
import com.mtdconnect.graph.control.ReportDownloads;
import com.mtdconnect.graph.control.RequestPacer;
import com.mtdconnect.graph.control.RoundBatch;
import com.mtdconnect.graph.control.ServicePrincipalReads;
import com.mtdconnect.graph.control.TenantClients;
import com.mtdconnect.graph.control.TokenSource;
import com.mtdconnect.graph.entity.AppConfigurationRequest;
import com.mtdconnect.graph.entity.AppInstallStatus;
import com.mtdconnect.graph.entity.AssignmentTarget;
import com.mtdconnect.graph.entity.CallMetrics;
import com.mtdconnect.graph.entity.CallTotals;
import com.mtdconnect.graph.entity.CompliancePolicyRequest;
import com.mtdconnect.graph.entity.DeviceDelta;
import com.mtdconnect.graph.entity.DirectoryGroup;
import com.mtdconnect.graph.entity.GrantedAppRole;
import com.mtdconnect.graph.entity.GraphFailure;
import com.mtdconnect.graph.entity.GraphSettings;
import com.mtdconnect.graph.entity.GroupDelta;
import com.mtdconnect.graph.entity.GroupMemberCounts;
import com.mtdconnect.graph.entity.GroupPage;
import com.mtdconnect.graph.entity.IntuneObject;
import com.mtdconnect.graph.entity.IntuneObjectKind;
import com.mtdconnect.graph.entity.IntuneObjectSpec;
import com.mtdconnect.graph.entity.IntuneServiceEndpoint;
import com.mtdconnect.graph.entity.ManagedDeviceSummary;
import com.mtdconnect.graph.entity.MobileAppRef;
import com.mtdconnect.graph.entity.MtdConnectorSpec;
import com.mtdconnect.graph.entity.MtdConnectorState;
import com.mtdconnect.graph.entity.OwnedDevice;
import com.mtdconnect.graph.entity.RoundAnswers;
import com.mtdconnect.graph.entity.RoundReads;
import com.mtdconnect.graph.entity.StoreAppRequest;
import jakarta.enterprise.inject.Vetoed;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;

/**
 * The portal's gateway to Entra ID, Graph and Intune for customer tenants. Every method names the
 * customer tenant, returns our own types and throws only {@link GraphFailure} subclasses. Usable
 * without CDI (the server gets it from {@link GraphGatewayProducer}); close it to stop the executor
 * it created (a given executor is left alone).
 */
@Vetoed
public class GraphGateway implements AutoCloseable {

  private final GraphSettings settings;
  private final TenantClients clients;
  private final CallMetricsRecorder metrics = new CallMetricsRecorder();
  private final DirectoryReads directory = new DirectoryReads();
  private final ServicePrincipalReads principals = new ServicePrincipalReads();
  private final IntuneOperations intune = new IntuneOperations();
  private final IntuneProvisioningCalls provisioning = new IntuneProvisioningCalls();
  private final InstallStatusReports installStatus = new InstallStatusReports();
  private final BatchReads batches;
  private final RequestPacer pacer;
  private final RoundBatch roundBatch;
  private final ReportDownloads downloads;
  private final ExecutorService ownExecutor;

  /** With an executor of its own for MSAL (2 daemon threads). */
  public GraphGateway(GraphSettings settings) {
    this(settings, Optional.empty());
  }

  /** With a given (e.g. container-managed) executor for MSAL's token requests. */
  public GraphGateway(GraphSettings settings, Optional<ExecutorService> executor) {
    this.settings = settings;
    this.ownExecutor =
        executor.isPresent()
            ? null
            : Executors.newFixedThreadPool(
                2,
                r -> {
                  Thread t = new Thread(r, "graph-gateway-msal");
                  t.setDaemon(true);
                  return t;
                });
    TokenSource tokens =
        new TokenSource(
            settings,
            new MsalTransport(
                settings.connectTimeout(), settings.readTimeout(), settings.endpoints()),
            executor.orElse(ownExecutor));
    this.pacer = new RequestPacer(settings.budgets());
    this.clients = new TenantClients(settings, tokens, pacer, metrics);
    this.batches = new BatchReads(pacer, settings.maxRetryWait());
    this.roundBatch = new RoundBatch(pacer, metrics, settings.maxRetryWait(), settings.clientId());
    this.downloads = new ReportDownloads(settings.connectTimeout(), settings.readTimeout());
  }

  /** For CDI proxies only. */
  protected GraphGateway() {
    this.settings = null;
    this.clients = null;
    this.batches = null;
    this.pacer = null;
    this.roundBatch = null;
    this.downloads = null;
    this.ownExecutor = null;
  }

  private <T> T call(String tenantId, String operation, Function<GraphServiceClient, T> work) {
    try {
      return work.apply(clients.forTenant(tenantId));
    } catch (RuntimeException e) {
      throw GraphFailures.translate(tenantId, operation, e);
    }
  }

  // ---- directory

  /**
   * All groups, optionally filtered with a Graph {@code $filter} (e.g. {@code displayName eq 'x'}).
   */
  public List<DirectoryGroup> listGroups(String tenantId, Optional<String> filter) {
    return listGroups(tenantId, filter, 999);
  }

  /** As {@link #listGroups(String, Optional)}, with a page size of 1–999. */
  public List<DirectoryGroup> listGroups(String tenantId, Optional<String> filter, int pageSize) {
    return call(
        tenantId, "list groups", c -> directory.listGroups(c, filter.orElse(null), pageSize));
  }

  /** How many groups the tenant has (Graph's {@code /groups/$count}). */
  public int countGroups(String tenantId) {
    return call(tenantId, "count groups", directory::countGroups);
  }

  /** Groups whose display name has a word starting with {@code text}, at most {@code max}. */
  public List<DirectoryGroup> searchGroups(String tenantId, String text, int max) {
    return call(tenantId, "search groups", c -> directory.searchGroups(c, text, max));
  }

  // ---- onboarding: group search, member counts, tenant size

  /**
   * One page of groups whose display name has a word starting with {@code text}; pass the previous
   * page's {@link GroupPage#nextLink()} to get the next one (the text is then ignored).
   */
  public GroupPage searchGroupsPage(
      String tenantId, String text, Optional<String> nextLink, int pageSize) {
    return call(
        tenantId,
        "search groups",
        c -> directory.searchGroupsPage(c, text, nextLink.orElse(null), pageSize));
  }

  /** How many users and devices a group holds, nested groups included. */
  public GroupMemberCounts groupMemberCounts(String tenantId, String groupId) {
    return call(tenantId, "count a group's members", c -> directory.memberCounts(c, groupId));
  }

  /** How many Entra devices the tenant has (Graph's {@code /devices/$count}). */
  public int countDevices(String tenantId) {
    return call(tenantId, "count devices", directory::countDevices);
  }

  /**
   * One delta round over groups with their direct members: a full enumeration without a link,
   * changes since the link otherwise. Throws {@link com.mtdconnect.graph.entity.DeltaExpired} when
   * the link is no longer valid (start again without one).
   */
  public GroupDelta groupDelta(String tenantId, Optional<String> deltaLink) {
    return call(tenantId, "group delta", c -> directory.groupDelta(c, deltaLink));
  }

  /** Ids of the users in a group, nested groups included (for targeting). */
  public List<String> groupMemberUserIds(String tenantId, String groupId) {
    return call(
        tenantId, "read a group's members", c -> directory.transitiveMemberUserIds(c, groupId));
  }

  /** Creates a security group; needs the optional Group.Create permission. */
  public DirectoryGroup createSecurityGroup(
      String tenantId, String displayName, String mailNickname) {
    return call(
        tenantId,
        "create a security group",
        c -> directory.createSecurityGroup(c, displayName, mailNickname));
  }

  /**
   * One delta round over Entra devices (enrollment polling); {@link
   * com.mtdconnect.graph.entity.DeltaExpired} when the link is no longer valid.
   */
  public DeviceDelta deviceDelta(String tenantId, Optional<String> deltaLink) {
    return call(tenantId, "device delta", c -> directory.deviceDelta(c, deltaLink));
  }

  public List<OwnedDevice> ownedDevices(String tenantId, String userId) {
    return call(tenantId, "read a user's devices", c -> directory.ownedDevices(c, userId));
  }

  /** Owned devices of many users, read through {@code $batch}. */
  public Map<String, List<OwnedDevice>> ownedDevicesOfUsers(String tenantId, List<String> userIds) {
    return call(
        tenantId,
        "read users' devices in batches",
        c -> batches.ownedDevicesOfUsers(c, tenantId, userIds));
  }

  /** What the tenant's admin granted our app (the authoritative consent check). */
  public List<GrantedAppRole> grantedAppRoles(String tenantId) {
    return call(
        tenantId,
        "read our app-role assignments",
        c -> principals.grantedAppRoles(c, tenantId, settings.clientId()));
  }

  public List<IntuneServiceEndpoint> intuneServiceEndpoints(String tenantId) {
    return call(tenantId, "discover Intune services", principals::intuneEndpoints);
  }

  // ---- Intune

  public List<ManagedDeviceSummary> managedDevices(String tenantId) {
    List<ManagedDeviceSummary> result = new ArrayList<>();
    call(tenantId, "list managed devices", c -> intune.forEachManagedDevice(c, 1000, result::add));
    return result;
  }

  public List<MtdConnectorState> mtdConnectors(String tenantId) {
    return call(tenantId, "read MTD connectors", intune::mtdConnectors);
  }

  public MobileAppRef createStoreApp(String tenantId, StoreAppRequest request) {
    return call(tenantId, "create a store app", c -> intune.createStoreApp(c, request));
  }

  public Optional<MobileAppRef> mobileApp(String tenantId, String appId) {
    return call(tenantId, "read a mobile app", c -> intune.mobileApp(c, appId));
  }

  /** Replaces ALL assignments of the app with these targets (Graph's assign is replace-all). */
  public void assignApp(String tenantId, String appId, List<AssignmentTarget> targets) {
    call(
        tenantId,
        "assign a mobile app",
        c -> {
          intune.assignApp(c, appId, targets);
          return null;
        });
  }

  public String createAppConfiguration(String tenantId, AppConfigurationRequest request) {
    return call(
        tenantId, "create an app configuration", c -> intune.createAppConfiguration(c, request));
  }

  /** Replaces ALL assignments of the app configuration. */
  public void assignAppConfiguration(
      String tenantId, String configurationId, List<AssignmentTarget> targets) {
    call(
        tenantId,
        "assign an app configuration",
        c -> {
          intune.assignAppConfiguration(c, configurationId, targets);
          return null;
        });
  }

  public String createCompliancePolicy(String tenantId, CompliancePolicyRequest request) {
    return call(
        tenantId, "create a compliance policy", c -> intune.createCompliancePolicy(c, request));
  }

  /** Replaces ALL assignments of the policy; returns how many Intune stored. */
  public int assignCompliancePolicy(
      String tenantId, String policyId, List<AssignmentTarget> targets) {
    return call(
        tenantId,
        "assign a compliance policy",
        c -> intune.assignCompliancePolicy(c, policyId, targets));
  }

  // ---- Intune objects provisioning manages (apps, app configurations, compliance policies)

  /** Every object of a collection with its managed fields (ours carry a marker). */
  public List<IntuneObject> intuneObjects(String tenantId, IntuneObjectKind kind) {
    return call(tenantId, "list " + kind.label() + "s", c -> provisioning.list(c, kind));
  }

  /** One object, empty when Intune does not know the id. */
  public Optional<IntuneObject> intuneObject(String tenantId, IntuneObjectKind kind, String id) {
    return call(tenantId, "read a " + kind.label(), c -> provisioning.get(c, kind, id));
  }

  /** The object's current assignments, whoever made them. */
  public List<AssignmentTarget> assignments(String tenantId, IntuneObjectKind kind, String id) {
    return call(
        tenantId,
        "read the assignments of a " + kind.label(),
        c -> provisioning.assignments(c, kind, id));
  }

  /** Creates the object with its marker; returns it as Intune stored it. */
  public IntuneObject createIntuneObject(String tenantId, IntuneObjectSpec spec) {
    return call(tenantId, "create a " + spec.kind().label(), c -> provisioning.create(c, spec));
  }

  /** Updates (PATCH) the object's managed fields. */
  public void updateIntuneObject(String tenantId, String id, IntuneObjectSpec spec) {
    call(
        tenantId,
        "update a " + spec.kind().label(),
        c -> {
          provisioning.update(c, id, spec);
          return null;
        });
  }

  /** Deletes the object; false when it was already gone. */
  public boolean deleteIntuneObject(String tenantId, IntuneObjectKind kind, String id) {
    return call(tenantId, "delete a " + kind.label(), c -> provisioning.delete(c, kind, id));
  }

  /** Replaces ALL assignments of the object with these targets (assign is replace-all). */
  public void assign(
      String tenantId, IntuneObjectKind kind, String id, List<AssignmentTarget> targets) {
    switch (kind) {
      case MOBILE_APP -> assignApp(tenantId, id, targets);
      case APP_CONFIGURATION -> assignAppConfiguration(tenantId, id, targets);
      case COMPLIANCE_POLICY -> assignCompliancePolicy(tenantId, id, targets);
    }
  }

  /** Creates our MTD connector (its id is our partner id). */
  public void createMtdConnector(String tenantId, MtdConnectorSpec spec) {
    call(
        tenantId,
        "create the MTD connector",
        c -> {
          provisioning.createConnector(c, spec);
          return null;
        });
  }

  /** Updates our MTD connector's platform toggles and threshold. */
  public void updateMtdConnector(String tenantId, MtdConnectorSpec spec) {
    call(
        tenantId,
        "update the MTD connector",
        c -> {
          provisioning.updateConnector(c, spec);
          return null;
        });
  }

  /** Deletes a connector; false when there was none. */
  public boolean deleteMtdConnector(String tenantId, String partnerId) {
    return call(
        tenantId, "delete the MTD connector", c -> provisioning.deleteConnector(c, partnerId));
  }

  /** Per-device install state of an app (Intune's beta install-status report). */
  public List<AppInstallStatus> appInstallStatus(String tenantId, String appId, int max) {
    return call(
        tenantId, "read app install status", c -> installStatus.installStatus(c, appId, max));
  }

  /**
   * Per-device install state through Intune's documented export job ({@code
   * DeviceInstallStatusByApp}); polls every {@code pollInterval}, gives up after {@code maxWait}
   * with a retryable {@link com.mtdconnect.graph.entity.GraphUnavailable}.
   */
  public List<AppInstallStatus> appInstallStatusExport(
      String tenantId, String appId, java.time.Duration pollInterval, java.time.Duration maxWait) {
    return call(
        tenantId,
        "export app install status",
        c ->
            installStatus.installStatusExport(
                c, tenantId, appId, downloads, pollInterval, maxWait));
  }

  // ---- polling

  /**
   * A tenant round's first reads in ONE {@code $batch}: each read is answered on its own (a failed
   * step is its {@link com.mtdconnect.graph.entity.Answer}'s failure, e.g. {@link
   * com.mtdconnect.graph.entity.DeltaExpired} for the group delta), completely (next pages
   * followed), throttled steps sent again after their {@code Retry-After}. Nothing asked, nothing
   * sent. Throws for the batch as a whole (unreachable, token refused, still throttled).
   */
  public RoundAnswers roundReads(String tenantId, RoundReads reads) {
    if (reads.steps() == 0) {
      return RoundAnswers.none();
    }
    return call(tenantId, "read the round's changes", c -> roundBatch.read(c, tenantId, reads));
  }

  // ---- observation

  /** Calls, 429s and latency per tenant and workload family since start. */
  public List<CallMetrics> metrics() {
    return metrics.snapshot();
  }

  /** The tenant's HTTP calls and 429s so far (cheap: no walk over every tenant's counters). */
  public CallTotals callTotals(String tenantId) {
    return metrics.totals(tenantId);
  }

  /**
   * The share of its budget the app's request pace across all tenants runs at: 1, or less for a
   * while after Microsoft said we are near a limit ({@code x-ms-throttle-limit-percentage}).
   */
  public double appPace() {
    return pacer.appPace();
  }

  /** How many responses carried Microsoft's near-limit header, each slowing the pace. */
  public long nearLimitSignals() {
    return pacer.nearLimitSignals();
  }

  @Override
  public void close() {
    if (ownExecutor != null) {
      ownExecutor.shutdownNow();
    }
  }
}
