#pragma once
// A pure parser for the kernel's /proc/net/{tcp,tcp6,udp,udp6} tables, used when sock_diag over
// netlink is unavailable and by tests on any OS.

#include "platform/types.h"

#include <string_view>
#include <vector>

namespace ld::platform {

// Every well-formed row of one table; bad rows (and the header) are skipped, never fatal.
// Addresses are printed by the kernel as 32-bit words in the byte order of the machine that
// wrote the text, which is taken to be this one's.
// receiveQueue/sendQueue come from rx_queue/tx_queue. For a listening TCP socket rx_queue is the
// number of connections waiting in the accept queue, but /proc never shows the queue's limit
// (the backlog): tx_queue is 0 there, so sendQueue is 0 and only netlink gives the real limit.
// v6Only and the bound device are not in these tables either.
std::vector<Socket> parseProcNet(std::string_view text, Proto proto, Family family);

} // namespace ld::platform
