package com.mtdconnect.simulator.control.transport;

import static com.mtdconnect.simulator.entity.GraphAppRole.APPLICATION_READ_ALL;
import static com.mtdconnect.simulator.entity.GraphAppRole.DEVICE_MANAGEMENT_APPS_READ_ALL;
import static com.mtdconnect.simulator.entity.GraphAppRole.DEVICE_MANAGEMENT_APPS_READ_WRITE_ALL;
import static com.mtdconnect.simulator.entity.GraphAppRole.DEVICE_MANAGEMENT_CONFIGURATION_READ_ALL;
import static com.mtdconnect.simulator.entity.GraphAppRole.DEVICE_MANAGEMENT_CONFIGURATION_READ_WRITE_ALL;
import static com.mtdconnect.simulator.entity.GraphAppRole.DEVICE_MANAGEMENT_MANAGED_DEVICES_READ_ALL;
import static com.mtdconnect.simulator.entity.GraphAppRole.DEVICE_MANAGEMENT_MANAGED_DEVICES_READ_WRITE_ALL;
import static com.mtdconnect.simulator.entity.GraphAppRole.DEVICE_MANAGEMENT_SERVICE_CONFIG_READ_ALL;
import static com.mtdconnect.simulator.entity.GraphAppRole.DEVICE_MANAGEMENT_SERVICE_CONFIG_READ_WRITE_ALL;
import static com.mtdconnect.simulator.entity.GraphAppRole.DIRECTORY_READ_ALL;
import static com.mtdconnect.simulator.entity.GraphAppRole.GROUP_MEMBER_READ_ALL;
import static com.mtdconnect.simulator.entity.GraphAppRole.GROUP_READ_ALL;
import static com.mtdconnect.simulator.entity.GraphAppRole.GROUP_READ_WRITE_ALL;
import static com.mtdconnect.simulator.entity.GraphAppRole.USER_READ_ALL;
import static com.mtdconnect.simulator.entity.SimWorkloadFamily.DIRECTORY;
import static com.mtdconnect.simulator.entity.SimWorkloadFamily.INTUNE_APPS;
import static com.mtdconnect.simulator.entity.SimWorkloadFamily.INTUNE_CONFIGURATION;
import static com.mtdconnect.simulator.entity.SimWorkloadFamily.INTUNE_DEVICES;
import static com.mtdconnect.simulator.entity.SimWorkloadFamily.INTUNE_ENROLLMENT;

import com.mtdconnect.simulator.control.directory.DeviceInventory;
import com.mtdconnect.simulator.control.directory.DirectoryGroups;
import com.mtdconnect.simulator.control.directory.EntraDevices;
import com.mtdconnect.simulator.control.directory.GroupsDelta;
import com.mtdconnect.simulator.control.identity.ServicePrincipals;
import com.mtdconnect.simulator.control.intune.CompliancePolicies;
import com.mtdconnect.simulator.control.intune.IntuneApps;
import com.mtdconnect.simulator.control.intune.MtdConnectors;
import com.mtdconnect.simulator.control.intune.ReportExportJobs;
import com.mtdconnect.simulator.entity.GraphAppRole;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The Graph endpoints the simulator serves: path pattern, throttling family and the app roles any
 * one of which grants access (graph-contracts §0), each with its handler.
 */
final class GraphRoutes {

  private static final Set<GraphAppRole> GROUP_READERS =
      EnumSet.of(GROUP_MEMBER_READ_ALL, GROUP_READ_ALL, GROUP_READ_WRITE_ALL, DIRECTORY_READ_ALL);
  private static final Set<GraphAppRole> GROUP_WRITERS =
      EnumSet.of(GraphAppRole.GROUP_CREATE, GROUP_READ_WRITE_ALL);
  private static final Set<GraphAppRole> ENTRA_DEVICE_READERS =
      EnumSet.of(GraphAppRole.DEVICE_READ_ALL, DIRECTORY_READ_ALL);
  private static final Set<GraphAppRole> USER_READERS =
      EnumSet.of(USER_READ_ALL, DIRECTORY_READ_ALL);
  private static final Set<GraphAppRole> APP_READERS =
      EnumSet.of(APPLICATION_READ_ALL, DIRECTORY_READ_ALL);
  private static final Set<GraphAppRole> DEVICE_READERS =
      EnumSet.of(
          DEVICE_MANAGEMENT_MANAGED_DEVICES_READ_ALL,
          DEVICE_MANAGEMENT_MANAGED_DEVICES_READ_WRITE_ALL);
  private static final Set<GraphAppRole> INTUNE_APP_READERS =
      EnumSet.of(DEVICE_MANAGEMENT_APPS_READ_ALL, DEVICE_MANAGEMENT_APPS_READ_WRITE_ALL);
  private static final Set<GraphAppRole> INTUNE_APP_WRITERS =
      EnumSet.of(DEVICE_MANAGEMENT_APPS_READ_WRITE_ALL);
  private static final Set<GraphAppRole> CONFIG_READERS =
      EnumSet.of(
          DEVICE_MANAGEMENT_CONFIGURATION_READ_ALL, DEVICE_MANAGEMENT_CONFIGURATION_READ_WRITE_ALL);
  private static final Set<GraphAppRole> CONFIG_WRITERS =
      EnumSet.of(DEVICE_MANAGEMENT_CONFIGURATION_READ_WRITE_ALL);
  private static final Set<GraphAppRole> SERVICE_CONFIG_READERS =
      EnumSet.of(
          DEVICE_MANAGEMENT_SERVICE_CONFIG_READ_ALL,
          DEVICE_MANAGEMENT_SERVICE_CONFIG_READ_WRITE_ALL);
  private static final Set<GraphAppRole> SERVICE_CONFIG_WRITERS =
      EnumSet.of(DEVICE_MANAGEMENT_SERVICE_CONFIG_READ_WRITE_ALL);

  private static final String ID = "([^/()]+)";
  private static final String SP_KEY = "(appId='[^']+'|[^/()']+)";

  private GraphRoutes() {}

  static List<GraphRoute> of(
      SimulatedClock clock,
      java.time.Duration deltaLifetime,
      int deltaPageSize,
      ServicePrincipals principals,
      ReportExportJobs exportJobs) {
    DirectoryGroups groups = new DirectoryGroups();
    GroupsDelta groupsDelta = new GroupsDelta(clock, deltaLifetime, deltaPageSize);
    MtdConnectors connectors = new MtdConnectors(clock);
    DeviceInventory devices = new DeviceInventory();
    EntraDevices entraDevices = new EntraDevices(clock, deltaLifetime);
    IntuneApps apps = new IntuneApps();
    CompliancePolicies policies = new CompliancePolicies();
    return List.of(
        GraphRoute.of("GET", "/groups", DIRECTORY, GROUP_READERS, groups::list),
        GraphRoute.of(
            "GET", "/groups/delta(?:\\(\\))?", DIRECTORY, GROUP_READERS, groupsDelta::delta),
        GraphRoute.of("GET", "/groups/\\$count", DIRECTORY, GROUP_READERS, groups::count),
        GraphRoute.of("GET", "/groups/" + ID, DIRECTORY, GROUP_READERS, groups::get),
        GraphRoute.of(
            "GET",
            "/groups/" + ID + "/(?:transitiveMembers|members)",
            DIRECTORY,
            GROUP_READERS,
            groups::members),
        GraphRoute.of(
            "GET",
            "/groups/"
                + ID
                + "/transitiveMembers(?:/(?:microsoft\\.)?graph\\.(user|device))?/\\$count",
            DIRECTORY,
            GROUP_READERS,
            groups::memberCount),
        GraphRoute.of("POST", "/groups", DIRECTORY, GROUP_WRITERS, groups::create),
        GraphRoute.of("GET", "/devices", DIRECTORY, ENTRA_DEVICE_READERS, entraDevices::list),
        GraphRoute.of(
            "GET", "/devices/\\$count", DIRECTORY, ENTRA_DEVICE_READERS, entraDevices::count),
        GraphRoute.of(
            "GET",
            "/devices/delta(?:\\(\\))?",
            DIRECTORY,
            ENTRA_DEVICE_READERS,
            entraDevices::delta),
        GraphRoute.of(
            "GET",
            "/users/" + ID + "/ownedDevices",
            DIRECTORY,
            USER_READERS,
            devices::ownedDevices),
        GraphRoute.of("GET", "/servicePrincipals", DIRECTORY, APP_READERS, principals::list),
        GraphRoute.of(
            "GET",
            "/servicePrincipals(?:/|\\()" + SP_KEY + "\\)?",
            DIRECTORY,
            APP_READERS,
            principals::get),
        GraphRoute.of(
            "GET",
            "/servicePrincipals(?:/|\\()" + SP_KEY + "\\)?/appRoleAssignments",
            DIRECTORY,
            APP_READERS,
            principals::appRoleAssignments),
        GraphRoute.of(
            "GET",
            "/servicePrincipals(?:/|\\()" + "(appId=[^/)]+|[^/()']+)" + "\\)?/endpoints",
            DIRECTORY,
            APP_READERS,
            principals::endpoints),
        GraphRoute.of(
            "GET",
            "/deviceManagement/managedDevices",
            INTUNE_DEVICES,
            DEVICE_READERS,
            devices::managedDevices),
        GraphRoute.of(
            "GET",
            "/deviceManagement/managedDevices/" + ID,
            INTUNE_DEVICES,
            DEVICE_READERS,
            devices::managedDevice),
        GraphRoute.of(
            "GET",
            "/deviceAppManagement/mobileApps",
            INTUNE_APPS,
            INTUNE_APP_READERS,
            apps::listApps),
        GraphRoute.of(
            "POST",
            "/deviceAppManagement/mobileApps",
            INTUNE_APPS,
            INTUNE_APP_WRITERS,
            apps::createApp),
        GraphRoute.of(
            "GET",
            "/deviceAppManagement/mobileApps/" + ID,
            INTUNE_APPS,
            INTUNE_APP_READERS,
            apps::getApp),
        GraphRoute.of(
            "PATCH",
            "/deviceAppManagement/mobileApps/" + ID,
            INTUNE_APPS,
            INTUNE_APP_WRITERS,
            apps::updateApp),
        GraphRoute.of(
            "DELETE",
            "/deviceAppManagement/mobileApps/" + ID,
            INTUNE_APPS,
            INTUNE_APP_WRITERS,
            apps::deleteApp),
        GraphRoute.of(
            "POST",
            "/deviceAppManagement/mobileApps/" + ID + "/assign",
            INTUNE_APPS,
            INTUNE_APP_WRITERS,
            apps::assignApp),
        GraphRoute.of(
            "GET",
            "/deviceAppManagement/mobileApps/" + ID + "/assignments",
            INTUNE_APPS,
            INTUNE_APP_READERS,
            apps::appAssignments),
        GraphRoute.of(
            "GET",
            "/deviceAppManagement/mobileAppConfigurations",
            INTUNE_APPS,
            INTUNE_APP_READERS,
            apps::listConfigurations),
        GraphRoute.of(
            "POST",
            "/deviceAppManagement/mobileAppConfigurations",
            INTUNE_APPS,
            INTUNE_APP_WRITERS,
            apps::createConfiguration),
        GraphRoute.of(
            "GET",
            "/deviceAppManagement/mobileAppConfigurations/" + ID,
            INTUNE_APPS,
            INTUNE_APP_READERS,
            apps::getConfiguration),
        GraphRoute.of(
            "PATCH",
            "/deviceAppManagement/mobileAppConfigurations/" + ID,
            INTUNE_APPS,
            INTUNE_APP_WRITERS,
            apps::updateConfiguration),
        GraphRoute.of(
            "DELETE",
            "/deviceAppManagement/mobileAppConfigurations/" + ID,
            INTUNE_APPS,
            INTUNE_APP_WRITERS,
            apps::deleteConfiguration),
        GraphRoute.of(
            "GET",
            "/deviceAppManagement/mobileAppConfigurations/" + ID + "/assignments",
            INTUNE_APPS,
            INTUNE_APP_READERS,
            apps::configurationAssignments),
        GraphRoute.of(
            "POST",
            "/deviceAppManagement/mobileAppConfigurations/" + ID + "/assign",
            INTUNE_APPS,
            INTUNE_APP_WRITERS,
            apps::assignConfiguration),
        GraphRoute.of(
            "POST",
            "/deviceManagement/reports/exportJobs",
            INTUNE_APPS,
            INTUNE_APP_READERS,
            exportJobs::create),
        GraphRoute.of(
            "GET",
            "/deviceManagement/reports/exportJobs(?:/|\\(')([^/()']+)'?\\)?",
            INTUNE_APPS,
            INTUNE_APP_READERS,
            exportJobs::get),
        GraphRoute.of(
                "POST",
                "/deviceManagement/reports/getDeviceInstallStatusReport",
                INTUNE_APPS,
                INTUNE_APP_READERS,
                apps::installStatusReport)
            .onlyInBeta(),
        GraphRoute.of(
            "GET",
            "/deviceManagement/deviceCompliancePolicies",
            INTUNE_CONFIGURATION,
            CONFIG_READERS,
            policies::list),
        GraphRoute.of(
            "POST",
            "/deviceManagement/deviceCompliancePolicies",
            INTUNE_CONFIGURATION,
            CONFIG_WRITERS,
            policies::create),
        GraphRoute.of(
            "GET",
            "/deviceManagement/deviceCompliancePolicies/" + ID,
            INTUNE_CONFIGURATION,
            CONFIG_READERS,
            policies::get),
        GraphRoute.of(
            "PATCH",
            "/deviceManagement/deviceCompliancePolicies/" + ID,
            INTUNE_CONFIGURATION,
            CONFIG_WRITERS,
            policies::update),
        GraphRoute.of(
            "DELETE",
            "/deviceManagement/deviceCompliancePolicies/" + ID,
            INTUNE_CONFIGURATION,
            CONFIG_WRITERS,
            policies::delete),
        GraphRoute.of(
            "POST",
            "/deviceManagement/deviceCompliancePolicies/" + ID + "/assign",
            INTUNE_CONFIGURATION,
            CONFIG_WRITERS,
            policies::assign),
        GraphRoute.of(
            "GET",
            "/deviceManagement/deviceCompliancePolicies/" + ID + "/assignments",
            INTUNE_CONFIGURATION,
            CONFIG_READERS,
            policies::assignments),
        GraphRoute.of(
            "GET",
            "/deviceManagement/mobileThreatDefenseConnectors",
            INTUNE_ENROLLMENT,
            SERVICE_CONFIG_READERS,
            connectors::list),
        GraphRoute.of(
            "POST",
            "/deviceManagement/mobileThreatDefenseConnectors",
            INTUNE_ENROLLMENT,
            SERVICE_CONFIG_WRITERS,
            connectors::create),
        GraphRoute.of(
            "GET",
            "/deviceManagement/mobileThreatDefenseConnectors/" + ID,
            INTUNE_ENROLLMENT,
            SERVICE_CONFIG_READERS,
            connectors::get),
        GraphRoute.of(
            "PATCH",
            "/deviceManagement/mobileThreatDefenseConnectors/" + ID,
            INTUNE_ENROLLMENT,
            SERVICE_CONFIG_WRITERS,
            connectors::update),
        GraphRoute.of(
            "DELETE",
            "/deviceManagement/mobileThreatDefenseConnectors/" + ID,
            INTUNE_ENROLLMENT,
            SERVICE_CONFIG_WRITERS,
            connectors::delete));
  }
}
