#pragma once
// Pure parsers for what Linux firewalls say about themselves (`nft -j list ruleset`,
// `iptables-save`, ufw's files and `ufw status`), and a good-faith walk of the parsed rules that
// says which rule a connection to a local port would meet. Compiled on every OS, tested on
// recorded fixtures. Not a full nftables evaluator: base input/output chains in priority order,
// jumps to regular chains one level deep, matches it can't read reported as "may match".

#include "platform/types.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ld::platform::firewall {

enum class Verdict : std::uint8_t {
    None, // the rule only counts or logs: evaluation goes on
    Accept,
    Drop,
    Reject,
    RejectTcpReset,
    Jump,
    Goto,
    Return,
    Unknown, // a target this walk doesn't model (e.g. an iptables extension)
};
std::string_view verdictName(Verdict verdict); // "accept", "drop", "reject", "reject-with-tcp-reset"...
bool blocks(Verdict verdict);                  // drop or one of the rejects

struct AddressPrefix {
    IpAddress address;
    int length = 0; // prefix bits
    bool contains(const IpAddress& other) const;
};

// One condition of a rule, in a form both nftables and iptables map onto.
struct Condition {
    enum class Field : std::uint8_t {
        L4Proto,
        DPort,
        SPort,
        DAddr,
        SAddr,
        InIf,
        OutIf,
        CtState,
        Family,
        Other
    };
    Field field = Field::Other;
    bool negated = false;
    std::string protocol;                // for ports: "tcp", "udp" or "" (th: any transport)
    std::vector<PortRange> ports;        // DPort, SPort
    std::vector<AddressPrefix> prefixes; // DAddr, SAddr
    std::vector<std::string> names;      // L4Proto, InIf/OutIf (a trailing '*' or '+' is a wildcard), CtState
    std::optional<Family> family;        // DAddr/SAddr/Family: the family the match implies
    std::string text;                    // Other: as written, for the rendering
};

struct Rule {
    std::vector<Condition> conditions;
    Verdict verdict = Verdict::None;
    std::string target; // Jump/Goto: the chain
    std::string text; // human-readable, e.g. "tcp dport 8080 drop" or "-A INPUT -p tcp --dport 8080 -j DROP"
};

struct Chain {
    std::string family; // nftables family: "ip", "ip6", "inet", "arp", "bridge", "netdev"
    std::string table;
    std::string name;
    std::string hook; // "input", "output"... empty for a regular chain
    std::string type; // "filter", "nat", "route"
    int priority = 0;
    std::optional<Verdict> policy; // base chains
    std::vector<Rule> rules;
    std::string tool = "nftables"; // or "iptables", "ip6tables"

    std::string label() const; // "table inet filter chain input" or "iptables filter INPUT"
};

struct Ruleset {
    bool ok = false;
    std::string error;           // why it could not be parsed
    bool viaIptablesNft = false; // iptables-save of the nf_tables flavour: the same rules nft shows
    std::vector<Chain> chains;

    const Chain* chain(const std::string& family, const std::string& table, const std::string& name) const;
    bool empty() const; // no chain holds a rule and no policy drops
};

Ruleset parseNftJson(std::string_view json);
// `iptables-save` (family V4) or `ip6tables-save` (V6) output.
Ruleset parseIptablesSave(std::string_view text, Family family);
// Several rulesets as one (e.g. nftables plus legacy iptables); the nf_tables flavour of
// iptables-save replaces the same tables in the nft reading, as its rendering is what its user wrote.
Ruleset mergeRulesets(const std::vector<Ruleset>& rulesets);

// A new TCP/UDP connection from this machine to itself (or to a local address).
struct Connection {
    Proto proto = Proto::Tcp;
    IpAddress destination;
    std::uint16_t port = 0;
    std::string interface = "lo"; // loopback traffic leaves and enters through lo
};

struct RuleHit {
    Verdict verdict = Verdict::None;
    std::string chain; // Chain::label()
    std::string hook;  // "output" or "input"
    std::string rule;  // Rule::text, or "policy drop"
    bool byPolicy = false;
    bool certain = true; // false when a match on the way could not be evaluated
    std::string tool;    // "nftables", "iptables", "ip6tables"
    std::string family;  // of the chain, e.g. "inet"
    std::string table;
    std::string chainName;

    std::string describe() const; // "table inet filter chain input: tcp dport 8080 drop"
};

struct MatchResult {
    std::optional<RuleHit> blocking; // the first drop or reject on the way, output hook first
    std::vector<RuleHit> passed;     // per base chain walked: what let it through (rule or policy)
};
MatchResult matchFirewallRules(const Ruleset& ruleset, const Connection& connection);

// The command that lets the connection through, placed before the hit's rule in its base chain:
// "nft insert rule inet filter input iifname \"lo\" tcp dport 8080 accept" (without sudo).
std::string allowCommand(const RuleHit& hit, const Connection& connection);

// Rules that name the port in a destination-port match (whatever else they match), for evidence.
std::vector<RuleHit> rulesForPort(const Ruleset& ruleset, Proto proto, std::uint16_t port, Family family,
                                  const IpAddress& destination);

// ufw: /etc/ufw/ufw.conf (ENABLED=), /etc/default/ufw (DEFAULT_*_POLICY=), `ufw status [verbose]`.
struct UfwRule {
    std::string to;     // as shown: "8080/tcp", "22", "Anywhere on lo"
    std::string action; // "ALLOW", "DENY", "REJECT", "LIMIT"
    std::string direction = "IN";
    std::string from;
    bool v6 = false;
    std::string protocol; // "tcp", "udp" or "" for both
    std::vector<PortRange> ports;
    std::string line;
};

struct UfwState {
    std::optional<bool> enabled;    // ufw.conf
    std::optional<bool> active;     // `ufw status`
    std::string defaultInputPolicy; // "DROP", "REJECT", "ACCEPT" (from the defaults file or status)
    std::string defaultOutputPolicy;
    std::vector<UfwRule> rules;
};

void parseUfwConf(std::string_view text, UfwState& state);
void parseUfwDefaults(std::string_view text, UfwState& state);
void parseUfwStatus(std::string_view text, UfwState& state);
std::vector<UfwRule> ufwRulesForPort(const UfwState& state, Proto proto, std::uint16_t port);

} // namespace ld::platform::firewall
