#pragma once
// Every command the macOS System runs, in one place: the collector and its replay tests share them.

#include "platform/maccommon/commandrunner.h"

#include <cstdint>
#include <string>
#include <vector>

namespace ld::platform::maccommands {

Command lsofListeners();       // lsof +c0 -nP -iTCP -sTCP:LISTEN -F pcuLftnT
Command lsofUdp();             // lsof +c0 -nP -iUDP -F pcuLftn
Command netstatTcp();          // netstat -anv -p tcp
Command netstatListenQueues(); // netstat -Lan -p tcp
Command socketFilterState();   // socketfilterfw --getglobalstate --getblockall --getstealthmode
Command socketFilterApps();    // socketfilterfw --listapps
Command pfInfo();              // pfctl -s info
Command pfRules();             // pfctl -s rules
Command scutilProxy();         // scutil --proxy
Command sysctlPortRange();     // sysctl net.inet.ip.portrange.first net.inet.ip.portrange.last
Command swVers();              // sw_vers
Command psIdentity(const std::vector<std::int64_t>& pids); // ps -ww -o pid=,uid=,lstart=,comm= -p 1,2
Command psArgs(const std::vector<std::int64_t>& pids);     // ps -ww -o pid=,args= -p 1,2
Command dscacheutilHost(const std::string& host);          // dscacheutil -q host -a name HOST

} // namespace ld::platform::maccommands
