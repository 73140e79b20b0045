<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en">
<context>
    <name>AlertText</name>
    <message>
        <source>Intrusion</source>
        <translation>Intrusion</translation>
    </message>
    <message>
        <source>Loitering</source>
        <translation>Loitering</translation>
    </message>
    <message>
        <source>Fall</source>
        <translation>Fall</translation>
    </message>
    <message>
        <source>Crowding</source>
        <translation>Crowding</translation>
    </message>
    <message>
        <source>Pedestrian on red</source>
        <translation>Pedestrian on red</translation>
    </message>
    <message>
        <source>Illegal parking</source>
        <translation>Illegal parking</translation>
    </message>
    <message>
        <source>Charger fault</source>
        <translation>Charger fault</translation>
    </message>
    <message>
        <source>Bin full</source>
        <translation>Bin full</translation>
    </message>
    <message>
        <source>Emergency bell</source>
        <translation>Emergency bell</translation>
    </message>
    <message>
        <source>Camera offline</source>
        <translation>Camera offline</translation>
    </message>
    <message>
        <source>Stream degraded</source>
        <translation>Stream degraded</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Critical</translation>
    </message>
    <message>
        <source>High</source>
        <translation>High</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Medium</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Low</translation>
    </message>
    <message>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Acknowledged</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Resolved</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
</context>
<context>
    <name>ConnectionStatus</name>
    <message>
        <source>No hub configured</source>
        <translation>No hub configured</translation>
    </message>
    <message>
        <source>Start with --hub URL or --demo, or set the hub on the Admin page.</source>
        <translation>Start with --hub URL or --demo, or set the hub on the Admin page.</translation>
    </message>
    <message>
        <source>Connecting to the hub…</source>
        <translation>Connecting to the hub…</translation>
    </message>
    <message>
        <source>Hub online</source>
        <translation>Hub online</translation>
    </message>
    <message>
        <source>%1
last answer %2</source>
        <translation>%1
last answer %2</translation>
    </message>
    <message>
        <source>Offline since %1 — cached data</source>
        <translation>Offline since %1 — cached data</translation>
    </message>
    <message>
        <source>%1
%2
failed probes: %3</source>
        <translation>%1
%2
failed probes: %3</translation>
    </message>
</context>
<context>
    <name>Dashboards</name>
    <message>
        <source>child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>elderly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Occupancy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PV output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charging load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PV output now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PV energy today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charging energy today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parking occupancy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free parking spots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connectors charging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connectors faulted or offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alerts this hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pedestrians on red (24 h)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Illegal parking (24 h)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collections due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average bin fill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fullest bin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fine dust PM10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time (KST)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hour (KST)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parking lot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Occupancy (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fault</source>
        <translation type="unfinished">Fault</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation type="unfinished">Offline</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished">State</translation>
    </message>
    <message>
        <source>Drawing (kW)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rated (kW)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charging station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connectors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PET (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cans (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Energy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transportation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safety</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trend</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IncidentService</name>
    <message>
        <source>Incident %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Incident %1 (%n alerts)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IncidentText</name>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation type="unfinished">Resolved</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished">Closed</translation>
    </message>
    <message>
        <source>Police 112</source>
        <translation type="unfinished">Police 112</translation>
    </message>
    <message>
        <source>Fire 119</source>
        <translation type="unfinished">Fire 119</translation>
    </message>
    <message>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>being delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delivery failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished">State</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation type="unfinished">Alerts</translation>
    </message>
    <message>
        <source>Created (KST)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alert raised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alert changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Procedure step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished">Note</translation>
    </message>
    <message>
        <source>Incident created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alert added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alert removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Camera viewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n alert(s)</source>
        <translation type="unfinished">
            <numerusform>%n alert</numerusform>
            <numerusform>%n alerts</numerusform>
        </translation>
    </message>
    <message>
        <source>maximised</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n camera(s) within %2 m until %3 (KST)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Time (KST)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Procedures</name>
    <message>
        <source>Look at the live camera and confirm what happens</source>
        <translation>Look at the live camera and confirm what happens</translation>
    </message>
    <message>
        <source>Answer the pole&apos;s intercom and ask what is wrong</source>
        <translation>Answer the pole&apos;s intercom and ask what is wrong</translation>
    </message>
    <message>
        <source>Call police 112 if anyone is in danger</source>
        <translation>Call police 112 if anyone is in danger</translation>
    </message>
    <message>
        <source>Keep the nearest cameras on the person until help arrives</source>
        <translation>Keep the nearest cameras on the person until help arrives</translation>
    </message>
    <message>
        <source>Call fire 119 (ambulance) with the exact place</source>
        <translation>Call fire 119 (ambulance) with the exact place</translation>
    </message>
    <message>
        <source>Keep the camera on the person until help arrives</source>
        <translation>Keep the camera on the person until help arrives</translation>
    </message>
    <message>
        <source>Follow the person on the nearby cameras</source>
        <translation>Follow the person on the nearby cameras</translation>
    </message>
    <message>
        <source>Call police 112 if the behaviour is a threat</source>
        <translation>Call police 112 if the behaviour is a threat</translation>
    </message>
    <message>
        <source>Check the crowd&apos;s movement for danger of crushing</source>
        <translation>Check the crowd&apos;s movement for danger of crushing</translation>
    </message>
    <message>
        <source>Inform the district&apos;s safety office</source>
        <translation>Inform the district&apos;s safety office</translation>
    </message>
    <message>
        <source>Check the pedestrian reached the other side safely</source>
        <translation>Check the pedestrian reached the other side safely</translation>
    </message>
    <message>
        <source>Report a signal fault if the phase looks wrong</source>
        <translation>Report a signal fault if the phase looks wrong</translation>
    </message>
    <message>
        <source>Note the vehicle and the time</source>
        <translation>Note the vehicle and the time</translation>
    </message>
    <message>
        <source>Pass it to the parking enforcement team</source>
        <translation>Pass it to the parking enforcement team</translation>
    </message>
    <message>
        <source>Check whether a vehicle is stuck on the charger</source>
        <translation>Check whether a vehicle is stuck on the charger</translation>
    </message>
    <message>
        <source>Open a maintenance ticket with the charger operator</source>
        <translation>Open a maintenance ticket with the charger operator</translation>
    </message>
    <message>
        <source>Schedule a collection with the recycling contractor</source>
        <translation>Schedule a collection with the recycling contractor</translation>
    </message>
    <message>
        <source>Check whether nearby cameras still see the area</source>
        <translation>Check whether nearby cameras still see the area</translation>
    </message>
    <message>
        <source>Open a maintenance ticket for the camera</source>
        <translation>Open a maintenance ticket for the camera</translation>
    </message>
    <message>
        <source>Write down what was done in the note</source>
        <translation>Write down what was done in the note</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Bitgoeul Console</source>
        <translation>Bitgoeul Console</translation>
    </message>
    <message>
        <source>The cache file cannot be used:
%1</source>
        <translation>The cache file cannot be used:
%1</translation>
    </message>
</context>
<context>
    <name>ShiftReport</name>
    <message>
        <source>Dong-gu Integrated Control Center</source>
        <translation>Dong-gu Integrated Control Center</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>Shift handover report — %1</source>
        <translation>Shift handover report — %1</translation>
    </message>
    <message>
        <source>Shift from %1 to %2 (KST)</source>
        <translation>Shift from %1 to %2 (KST)</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Alerts raised</source>
        <translation>Alerts raised</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Acknowledged</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Resolved</translation>
    </message>
    <message>
        <source>Still open at handover</source>
        <translation>Still open at handover</translation>
    </message>
    <message>
        <source>Time to acknowledge (median)</source>
        <translation>Time to acknowledge (median)</translation>
    </message>
    <message>
        <source>Time to acknowledge (mean)</source>
        <translation>Time to acknowledge (mean)</translation>
    </message>
    <message>
        <source>Time to resolve (median)</source>
        <translation>Time to resolve (median)</translation>
    </message>
    <message>
        <source>Alerts by category and severity</source>
        <translation>Alerts by category and severity</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alerts</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Severity</translation>
    </message>
    <message>
        <source>Open items for the next shift</source>
        <translation>Open items for the next shift</translation>
    </message>
    <message>
        <source>Raised</source>
        <translation>Raised</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>What was done</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>Alert</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Incidents created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incidents escalated to 112/119</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incidents still open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalations and camera shares</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cameras</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Radius</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 m</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bg::AboutDialog</name>
    <message>
        <source>About Bitgoeul Console</source>
        <translation>About Bitgoeul Console</translation>
    </message>
    <message>
        <source>Bitgoeul Console %1</source>
        <translation>Bitgoeul Console %1</translation>
    </message>
    <message>
        <source>The operator console of the integrated CCTV control center of Dong-gu, Gwangju: live video with AI analytics, the Dong-gu map, the smart-city services (RE100 mega station, smart parking, smart poles, smart crosswalks, AI recycling machines) and the alerts that join them.

Built on %1, %2 and %3; SQLite; libsodium.</source>
        <translation>The operator console of the integrated CCTV control center of Dong-gu, Gwangju: live video with AI analytics, the Dong-gu map, the smart-city services (RE100 mega station, smart parking, smart poles, smart crosswalks, AI recycling machines) and the alerts that join them.

Built on %1, %2 and %3; SQLite; libsodium.</translation>
    </message>
    <message>
        <source>Data used by this program, and their licences</source>
        <translation>Data used by this program, and their licences</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>bg::AdminPage</name>
    <message>
        <source>No hub saved: the next start runs the embedded simulator.</source>
        <translation>No hub saved: the next start runs the embedded simulator.</translation>
    </message>
    <message>
        <source>Not saved: the hub URL must start with http:// or https:// and name a host, e.g. http://hub.example:1026.</source>
        <translation>Not saved: the hub URL must start with http:// or https:// and name a host, e.g. http://hub.example:1026.</translation>
    </message>
    <message>
        <source>Saved. The console connects to %1 at its next start.</source>
        <translation>Saved. The console connects to %1 at its next start.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Interface language</translation>
    </message>
    <message>
        <source>Data hub</source>
        <translation>Data hub</translation>
    </message>
    <message>
        <source>Connected to</source>
        <translation>Connected to</translation>
    </message>
    <message>
        <source>embedded simulator (bitgoeul-sim)</source>
        <translation>embedded simulator (bitgoeul-sim)</translation>
    </message>
    <message>
        <source>from the command line</source>
        <translation>from the command line</translation>
    </message>
    <message>
        <source>from the settings</source>
        <translation>from the settings</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Hub at next start</source>
        <translation>Hub at next start</translation>
    </message>
    <message>
        <source>empty: embedded simulator</source>
        <translation>empty: embedded simulator</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>This console</source>
        <translation>This console</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Libraries</source>
        <translation>Libraries</translation>
    </message>
    <message>
        <source>Cache file</source>
        <translation>Cache file</translation>
    </message>
    <message>
        <source>Created at this start.</source>
        <translation>Created at this start.</translation>
    </message>
    <message>
        <source>Upgraded from schema version %1 at this start.</source>
        <translation>Upgraded from schema version %1 at this start.</translation>
    </message>
    <message>
        <source>The previous file was unreadable; it was kept as %1 and a new one was made.</source>
        <translation>The previous file was unreadable; it was kept as %1 and a new one was made.</translation>
    </message>
    <message>
        <source>%1
schema version %2. %3</source>
        <translation>%1
schema version %2. %3</translation>
    </message>
    <message>
        <source>Log file</source>
        <translation>Log file</translation>
    </message>
    <message>
        <source>About Bitgoeul Console and its data…</source>
        <translation>About Bitgoeul Console and its data…</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Admin</translation>
    </message>
    <message>
        <source>Monitoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A camera counts as unwatched after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bg::AlertQueueModel</name>
    <message>
        <source>Severity</source>
        <translation>Severity</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Raised (KST)</source>
        <translation>Raised (KST)</translation>
    </message>
    <message>
        <source>Repeats</source>
        <translation>Repeats</translation>
    </message>
</context>
<context>
    <name>bg::AlertsPage</name>
    <message>
        <source>Alerts</source>
        <translation>Alerts</translation>
    </message>
    <message>
        <source>Select an alert first.</source>
        <translation>Select an alert first.</translation>
    </message>
    <message>
        <source>Alerts cannot be changed in this console.</source>
        <translation>Alerts cannot be changed in this console.</translation>
    </message>
    <message>
        <source>Not possible: an alert that is %1 cannot become %2.</source>
        <translation>Not possible: an alert that is %1 cannot become %2.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Escalate to</source>
        <translation>Escalate to</translation>
    </message>
    <message>
        <source>Acknowledge — note:</source>
        <translation>Acknowledge — note:</translation>
    </message>
    <message>
        <source>escalated to %1: %2</source>
        <translation>escalated to %1: %2</translation>
    </message>
    <message>
        <source>No alert selected</source>
        <translation>No alert selected</translation>
    </message>
    <message>
        <source>State: %1
Raised: %2 (KST)
Source: %3
Repeats: %4
%5</source>
        <translation>State: %1
Raised: %2 (KST)
Source: %3
Repeats: %4
%5</translation>
    </message>
    <message numerus="yes">
        <source>%n critical alert(s) still waiting for acknowledgement</source>
        <translation>
            <numerusform>%n critical alert still waiting for acknowledgement</numerusform>
            <numerusform>%n critical alerts still waiting for acknowledgement</numerusform>
        </translation>
    </message>
    <message>
        <source>Open alerts only</source>
        <translation>Open alerts only</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>All categories</translation>
    </message>
    <message>
        <source>Search alerts</source>
        <translation>Search alerts</translation>
    </message>
    <message>
        <source>Mute sound</source>
        <translation>Mute sound</translation>
    </message>
    <message>
        <source>Acknowledge (A)</source>
        <translation>Acknowledge (A)</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>Resolve</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Escalate (E)</source>
        <translation>Escalate (E)</translation>
    </message>
    <message>
        <source>Police 112</source>
        <translation>Police 112</translation>
    </message>
    <message>
        <source>Fire 119</source>
        <translation>Fire 119</translation>
    </message>
    <message>
        <source>Note — Enter confirms, Esc cancels</source>
        <translation>Note — Enter confirms, Esc cancels</translation>
    </message>
    <message>
        <source>Procedure — tick each step as it is done</source>
        <translation>Procedure — tick each step as it is done</translation>
    </message>
    <message numerus="yes">
        <source>Create incident of %n alerts (I)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Create incident (I)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incidents cannot be made in this console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select one or more alerts first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No incident made: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Incident made of %n alert(s): %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Arrows move through the queue, Enter shows an alert, A acknowledges it and E escalates it to 112 or 119. Shift+arrows select several alerts; I makes one incident of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incidents (%1 open)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alert queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All dongs</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bg::AttentionModel</name>
    <message>
        <source>not since start</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Camera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last looked at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unwatched</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bg::CameraPreviewPopup</name>
    <message>
        <source>Connecting…</source>
        <translation type="unfinished">Connecting…</translation>
    </message>
    <message>
        <source>Opening the camera&apos;s sub stream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live on the wall · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snapshot · %1 · click to open it live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No picture</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bg::CameraPreviewProvider</name>
    <message>
        <source>Unknown camera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No stream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The camera sent no picture</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bg::DashboardsPage</name>
    <message>
        <source>Dashboards</source>
        <translation>Dashboards</translation>
    </message>
    <message>
        <source>Save as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PNG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>M/d</source>
        <extracomment>Date format of the 7-day axis labels (Qt QDateTime format; Korean: d일)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Occupancy (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RE100 mega station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crosswalks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recycling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation type="unfinished">Alerts</translation>
    </message>
    <message>
        <source>Key figures (all areas)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Occupancy, last 24 hours (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Occupancy, last 7 days (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fullest lots now (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Illegal-parking alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Energy flow today: PV output and charging load (kW)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mega station connectors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EV chargers across Dong-gu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pedestrian-on-red alerts per hour by crosswalk (last 24 hours)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per hour and crosswalk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill by material (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Machines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collections due (fullest bin at %1 % or more)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alerts per hour by category (last 24 hours)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per hour and category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save this chart or table as CSV or PNG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save table as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save picture as PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Occupancy, all lots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free spots / spots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lots reporting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Illegal parking, 24 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PV output now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charging load now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PV energy today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charging energy today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Faulted connectors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collections due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average bin fill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Machines reporting</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bg::DataSourcesModel</name>
    <message>
        <source>Data</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Provider</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licence</translation>
    </message>
    <message>
        <source>Attribution</source>
        <translation>Attribution</translation>
    </message>
</context>
<context>
    <name>bg::EscalationDialog</name>
    <message>
        <source>Escalate incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Police 112</source>
        <translation type="unfinished">Police 112</translation>
    </message>
    <message>
        <source>Fire 119</source>
        <translation type="unfinished">Fire 119</translation>
    </message>
    <message>
        <source> m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand over to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share cameras within</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalate and share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n camera(s) will be shared</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No camera within this radius</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bg::HttpHubProbe</name>
    <message>
        <source>%1 did not answer within %2 ms</source>
        <translation>%1 did not answer within %2 ms</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2</source>
        <translation>%1 answered HTTP %2</translation>
    </message>
    <message>
        <source>%1 answered with a body that is not JSON (%2)</source>
        <translation>%1 answered with a body that is not JSON (%2)</translation>
    </message>
    <message>
        <source>%1 answered</source>
        <translation>%1 answered</translation>
    </message>
</context>
<context>
    <name>bg::HubClient</name>
    <message>
        <source>the CA certificates file %1 holds no PEM certificate</source>
        <translation>the CA certificates file %1 holds no PEM certificate</translation>
    </message>
    <message>
        <source>%1: no answer within %2 ms</source>
        <translation>%1: no answer within %2 ms</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: the answer was cut short (%2 of %3 bytes: %4)</source>
        <translation>%1: the answer was cut short (%2 of %3 bytes: %4)</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2</source>
        <translation>%1 answered HTTP %2</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2: %3</source>
        <translation>%1 answered HTTP %2: %3</translation>
    </message>
    <message>
        <source>Could not fetch %1: %2</source>
        <translation>Could not fetch %1: %2</translation>
    </message>
    <message>
        <source>%1 answered with a body that is not JSON (%2 at byte %3)</source>
        <translation>%1 answered with a body that is not JSON (%2 at byte %3)</translation>
    </message>
    <message>
        <source>%1 answered with JSON that is not an array of entities</source>
        <translation>%1 answered with JSON that is not an array of entities</translation>
    </message>
    <message>
        <source>more than %1 pages; stopped</source>
        <translation>more than %1 pages; stopped</translation>
    </message>
    <message>
        <source>the next page link points to another server (%1)</source>
        <translation>the next page link points to another server (%1)</translation>
    </message>
    <message>
        <source>the next page link points to the same page (%1)</source>
        <translation>the next page link points to the same page (%1)</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>already on the hub: %1</source>
        <translation>already on the hub: %1</translation>
    </message>
    <message>
        <source>Could not read the history of %1: %2</source>
        <translation>Could not read the history of %1: %2</translation>
    </message>
    <message>
        <source>Could not read the history of %1: %2 answered %3</source>
        <translation>Could not read the history of %1: %2 answered %3</translation>
    </message>
    <message>
        <source>Could not subscribe: %1</source>
        <translation>Could not subscribe: %1</translation>
    </message>
    <message>
        <source>Could not subscribe: %1 answered HTTP %2 without a subscription id</source>
        <translation>Could not subscribe: %1 answered HTTP %2 without a subscription id</translation>
    </message>
    <message>
        <source>Could not delete subscription %1: %2</source>
        <translation>Could not delete subscription %1: %2</translation>
    </message>
</context>
<context>
    <name>bg::IncidentsPanel</name>
    <message>
        <source>No incident selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select alerts in the queue (Shift+arrows) and press I to make an incident of them. Here, N writes a note, E escalates to 112 or 119, R resolves, C closes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State: %1
Created: %2 (KST) by %3
Place: %4 %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2, until %3 (KST), %4 m, %5
%6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an incident first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A resolved or closed incident cannot be escalated: reopen it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalation cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not escalated: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Escalated to %1: %n camera(s) shared until %2 (KST).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Note added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note not added: write something first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not possible: an incident that is %1 cannot become %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident is now %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Camera share revoked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not revoked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open incidents only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alerts of this incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Camera shares</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalate to 112 / 119… (E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolve (R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close (C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note (N) — Enter adds it to the incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bg::MainWindow</name>
    <message>
        <source>Bitgoeul Console — Dong-gu Integrated Control Center</source>
        <translation>Bitgoeul Console — Dong-gu Integrated Control Center</translation>
    </message>
    <message>
        <source>%1 (Ctrl+%2)</source>
        <translation>%1 (Ctrl+%2)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Full screen</source>
        <translation>&amp;Full screen</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About Bitgoeul Console</source>
        <translation>&amp;About Bitgoeul Console</translation>
    </message>
    <message>
        <source>The data hub does not answer. Offline since %1 (KST): the console shows cached data, and your changes are kept and sent when the hub returns.</source>
        <translation>The data hub does not answer. Offline since %1 (KST): the console shows cached data, and your changes are kept and sent when the hub returns.</translation>
    </message>
    <message>
        <source>Entities: %1</source>
        <translation>Entities: %1</translation>
    </message>
    <message numerus="yes">
        <source>New alarm: %1 (%2) — %n camera(s) ready</source>
        <translation>
            <numerusform>New alarm: %1 (%2) — %n camera ready</numerusform>
            <numerusform>New alarm: %1 (%2) — %n cameras ready</numerusform>
        </translation>
    </message>
    <message>
        <source>Show (F2)</source>
        <translation>Show (F2)</translation>
    </message>
    <message>
        <source>The camera refuses the console&apos;s user name and password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No picture from the camera for %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Shift report…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bg::MapPage</name>
    <message>
        <source>Map</source>
        <translation>Map</translation>
    </message>
    <message>
        <source>Parking: spaces free (label: free/total)</source>
        <translation>Parking: spaces free (label: free/total)</translation>
    </message>
    <message>
        <source>Parking: over 70 % occupied</source>
        <translation>Parking: over 70 % occupied</translation>
    </message>
    <message>
        <source>Parking: over 90 % occupied</source>
        <translation>Parking: over 90 % occupied</translation>
    </message>
    <message>
        <source>Charger ring: connector available</source>
        <translation>Charger ring: connector available</translation>
    </message>
    <message>
        <source>Charger ring: connector charging</source>
        <translation>Charger ring: connector charging</translation>
    </message>
    <message>
        <source>Charger ring: connector faulted</source>
        <translation>Charger ring: connector faulted</translation>
    </message>
    <message>
        <source>Crosswalk: pedestrian signal green</source>
        <translation>Crosswalk: pedestrian signal green</translation>
    </message>
    <message>
        <source>Crosswalk: pedestrian signal red</source>
        <translation>Crosswalk: pedestrian signal red</translation>
    </message>
    <message>
        <source>Blinking: a new alert, or an emergency bell ringing</source>
        <translation>Blinking: a new alert, or an emergency bell ringing</translation>
    </message>
    <message>
        <source>CCTV camera offline</source>
        <translation>CCTV camera offline</translation>
    </message>
    <message>
        <source>Device offline or state unknown</source>
        <translation>Device offline or state unknown</translation>
    </message>
    <message>
        <source>Bubble: markers grouped at this zoom; click to zoom in</source>
        <translation>Bubble: markers grouped at this zoom; click to zoom in</translation>
    </message>
    <message>
        <source>Search name, address or dong</source>
        <translation>Search name, address or dong</translation>
    </message>
    <message>
        <source>Layers</source>
        <translation>Layers</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Legend</translation>
    </message>
    <message>
        <source>Roads</source>
        <translation>Roads</translation>
    </message>
    <message>
        <source>Dong boundaries and names</source>
        <translation>Dong boundaries and names</translation>
    </message>
    <message>
        <source>Neighbouring districts</source>
        <translation>Neighbouring districts</translation>
    </message>
    <message>
        <source>Wheel or +/− to zoom, drag or arrow keys to pan, Home for all of Dong-gu. Click a camera to open it on the video wall.</source>
        <translation>Wheel or +/− to zoom, drag or arrow keys to pan, Home for all of Dong-gu. Click a camera to open it on the video wall.</translation>
    </message>
    <message>
        <source>Map data: KOSTAT SGIS, vuski/admdongkor (CC BY 4.0) · ITS standard node-link, National Transport Information Center (KOGL-1) · data.go.kr (KOGL-1)</source>
        <translation>Map data: KOSTAT SGIS, vuski/admdongkor (CC BY 4.0) · ITS standard node-link, National Transport Information Center (KOGL-1) · data.go.kr (KOGL-1)</translation>
    </message>
    <message>
        <source>Child protection zone (%1)</source>
        <translation>Child protection zone (%1)</translation>
    </message>
    <message>
        <source>Traffic enforcement camera</source>
        <translation>Traffic enforcement camera</translation>
    </message>
    <message>
        <source>Traffic enforcement camera, limit %1 km/h</source>
        <translation>Traffic enforcement camera, limit %1 km/h</translation>
    </message>
    <message>
        <source>Online, PTZ</source>
        <translation>Online, PTZ</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>State unknown</source>
        <translation>State unknown</translation>
    </message>
    <message>
        <source>%1 of %2 spaces free (%3 % occupied)</source>
        <translation>%1 of %2 spaces free (%3 % occupied)</translation>
    </message>
    <message>
        <source>%1 available, %2 charging, %3 faulted of %4 connectors; %5 kW</source>
        <translation>%1 available, %2 charging, %3 faulted of %4 connectors; %5 kW</translation>
    </message>
    <message>
        <source>Signal red</source>
        <translation>Signal red</translation>
    </message>
    <message>
        <source>Signal green</source>
        <translation>Signal green</translation>
    </message>
    <message>
        <source>Signal flashing green</source>
        <translation>Signal flashing green</translation>
    </message>
    <message>
        <source>Signal unknown</source>
        <translation>Signal unknown</translation>
    </message>
    <message numerus="yes">
        <source>%n pedestrian(s) on the crossing</source>
        <translation>
            <numerusform>%n pedestrian on the crossing</numerusform>
            <numerusform>%n pedestrians on the crossing</numerusform>
        </translation>
    </message>
    <message>
        <source>Emergency bell ringing</source>
        <translation>Emergency bell ringing</translation>
    </message>
    <message>
        <source>Light on (%1 %)</source>
        <translation>Light on (%1 %)</translation>
    </message>
    <message>
        <source>Light off</source>
        <translation>Light off</translation>
    </message>
    <message>
        <source>PET %1 %, cans %2 %, paper %3 %</source>
        <translation>PET %1 %, cans %2 %, paper %3 %</translation>
    </message>
    <message>
        <source>Fault</source>
        <translation>Fault</translation>
    </message>
    <message>
        <source>New alert</source>
        <translation>New alert</translation>
    </message>
    <message>
        <source>Alert being handled</source>
        <translation>Alert being handled</translation>
    </message>
    <message>
        <source>Dong: %1</source>
        <translation>Dong: %1</translation>
    </message>
    <message>
        <source>Showing %1</source>
        <translation>Showing %1</translation>
    </message>
    <message numerus="yes">
        <source>Showing %1 (%n more match(es))</source>
        <translation>
            <numerusform>Showing %1 (%n more match)</numerusform>
            <numerusform>Showing %1 (%n more matches)</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing found for &quot;%1&quot;</source>
        <translation>Nothing found for &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Amber dashed ring: a camera nobody has looked at for a while</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unacknowledged alert</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bg::MapView</name>
    <message>
        <source>%1 — click to zoom in</source>
        <translation>%1 — click to zoom in</translation>
    </message>
    <message>
        <source>CCTV cameras</source>
        <translation>CCTV cameras</translation>
    </message>
    <message>
        <source>Parking lots</source>
        <translation>Parking lots</translation>
    </message>
    <message>
        <source>EV charging stations</source>
        <translation>EV charging stations</translation>
    </message>
    <message>
        <source>Smart crosswalks</source>
        <translation>Smart crosswalks</translation>
    </message>
    <message>
        <source>Smart poles</source>
        <translation>Smart poles</translation>
    </message>
    <message>
        <source>Recycling machines</source>
        <translation>Recycling machines</translation>
    </message>
    <message>
        <source>Child protection zones</source>
        <translation>Child protection zones</translation>
    </message>
    <message>
        <source>Traffic enforcement cameras</source>
        <translation>Traffic enforcement cameras</translation>
    </message>
    <message>
        <source>Active alerts</source>
        <translation>Active alerts</translation>
    </message>
    <message numerus="yes">
        <source>%n CCTV camera(s)</source>
        <translation>
            <numerusform>%n CCTV camera</numerusform>
            <numerusform>%n CCTV cameras</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n parking lot(s)</source>
        <translation>
            <numerusform>%n parking lot</numerusform>
            <numerusform>%n parking lots</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n charging station(s)</source>
        <translation>
            <numerusform>%n charging station</numerusform>
            <numerusform>%n charging stations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n smart crosswalk(s)</source>
        <translation>
            <numerusform>%n smart crosswalk</numerusform>
            <numerusform>%n smart crosswalks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n smart pole(s)</source>
        <translation>
            <numerusform>%n smart pole</numerusform>
            <numerusform>%n smart poles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n recycling machine(s)</source>
        <translation>
            <numerusform>%n recycling machine</numerusform>
            <numerusform>%n recycling machines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n child protection zone(s)</source>
        <translation>
            <numerusform>%n child protection zone</numerusform>
            <numerusform>%n child protection zones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n enforcement camera(s)</source>
        <translation>
            <numerusform>%n enforcement camera</numerusform>
            <numerusform>%n enforcement cameras</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n alert(s)</source>
        <translation>
            <numerusform>%n alert</numerusform>
            <numerusform>%n alerts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bg::NotificationEndpoint</name>
    <message>
        <source>cannot listen for hub notifications on %1:%2</source>
        <translation>cannot listen for hub notifications on %1:%2</translation>
    </message>
</context>
<context>
    <name>bg::PendingPage</name>
    <message>
        <source>%1 — not available yet</source>
        <translation>%1 — not available yet</translation>
    </message>
</context>
<context>
    <name>bg::PlaybackPage</name>
    <message>
        <source>Incident playback comes in a later issue: recorded clips with the AI boxes replayed in sync, a timeline with bookmarks, and evidence export with privacy masking and a signed manifest.</source>
        <translation>Incident playback comes in a later issue: recorded clips with the AI boxes replayed in sync, a timeline with bookmarks, and evidence export with privacy masking and a signed manifest.</translation>
    </message>
    <message>
        <source>Playback</source>
        <translation>Playback</translation>
    </message>
</context>
<context>
    <name>bg::ShiftReportDialog</name>
    <message>
        <source>Shift handover report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished">Close</translation>
    </message>
    <message>
        <source>%1 alerts, %2 incidents, %3 open items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the shift report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bg::VideoTile</name>
    <message>
        <source>Drop a camera here</source>
        <translation>Drop a camera here</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connecting…</translation>
    </message>
    <message>
        <source>Reconnecting (%1)</source>
        <translation>Reconnecting (%1)</translation>
    </message>
    <message>
        <source>No signal</source>
        <translation>No signal</translation>
    </message>
    <message>
        <source>Unauthorized: check the camera&apos;s user name and password</source>
        <translation>Unauthorized: check the camera&apos;s user name and password</translation>
    </message>
    <message>
        <source>The camera has no such stream</source>
        <translation>The camera has no such stream</translation>
    </message>
    <message>
        <source>%1 fps</source>
        <translation>%1 fps</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>keyframes</source>
        <translation>keyframes</translation>
    </message>
    <message>
        <source>all frames</source>
        <translation>all frames</translation>
    </message>
    <message>
        <source>main</source>
        <translation>main</translation>
    </message>
    <message>
        <source>sub</source>
        <translation>sub</translation>
    </message>
    <message>
        <source>Show AI boxes</source>
        <translation>Show AI boxes</translation>
    </message>
    <message>
        <source>%1 kbps</source>
        <translation>%1 kbps</translation>
    </message>
    <message>
        <source>Click the line&apos;s two ends</source>
        <translation>Click the line&apos;s two ends</translation>
    </message>
    <message>
        <source>Click the zone&apos;s corners, double-click or Enter to finish, Esc to cancel</source>
        <translation>Click the zone&apos;s corners, double-click or Enter to finish, Esc to cancel</translation>
    </message>
    <message>
        <source>Add rule</source>
        <translation>Add rule</translation>
    </message>
    <message>
        <source>Zone intrusion</source>
        <translation>Zone intrusion</translation>
    </message>
    <message>
        <source>Loitering</source>
        <translation>Loitering</translation>
    </message>
    <message>
        <source>Line crossing</source>
        <translation>Line crossing</translation>
    </message>
    <message>
        <source>Crowding</source>
        <translation>Crowding</translation>
    </message>
    <message>
        <source>Illegal parking</source>
        <translation>Illegal parking</translation>
    </message>
    <message>
        <source>Crosswalk safety</source>
        <translation>Crosswalk safety</translation>
    </message>
    <message>
        <source>Remove this camera&apos;s rules</source>
        <translation>Remove this camera&apos;s rules</translation>
    </message>
</context>
<context>
    <name>bg::VideoWallPage</name>
    <message>
        <source>Video wall</source>
        <translation>Video wall</translation>
    </message>
    <message>
        <source>Save layout</source>
        <translation>Save layout</translation>
    </message>
    <message>
        <source>Layout name:</source>
        <translation>Layout name:</translation>
    </message>
    <message numerus="yes">
        <source>%n camera(s)</source>
        <translation>
            <numerusform>%n camera</numerusform>
            <numerusform>%n cameras</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved layouts…</source>
        <translation>Saved layouts…</translation>
    </message>
    <message>
        <source>Search cameras</source>
        <translation>Search cameras</translation>
    </message>
    <message>
        <source>Layout</source>
        <translation>Layout</translation>
    </message>
    <message>
        <source>Save layout…</source>
        <translation>Save layout…</translation>
    </message>
    <message>
        <source>Pop out</source>
        <translation>Pop out</translation>
    </message>
    <message>
        <source>Show the wall in a window of its own, e.g. on another monitor</source>
        <translation>Show the wall in a window of its own, e.g. on another monitor</translation>
    </message>
    <message>
        <source>Activity ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alert: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n in a rule zone</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not looked at for %1 min or more: %n camera(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Selective monitoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let the console fill the wall with the cameras where something is happening now: new alerts, device events, people or vehicles in rule zones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cameras nobody has had on screen for a while; double-click one to look at it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
