// The good-faith walk of parsed firewall rules for one new local connection: output hook, then
// input hook (loopback packets pass both), base chains by priority, jumps followed a few levels.

#include "platform/firewallparse.h"

#include <algorithm>
#include <set>

namespace ld::platform::firewall {

std::string_view verdictName(Verdict verdict) {
    switch (verdict) {
    case Verdict::None:
        return "continue";
    case Verdict::Accept:
        return "accept";
    case Verdict::Drop:
        return "drop";
    case Verdict::Reject:
        return "reject";
    case Verdict::RejectTcpReset:
        return "reject-with-tcp-reset";
    case Verdict::Jump:
        return "jump";
    case Verdict::Goto:
        return "goto";
    case Verdict::Return:
        return "return";
    case Verdict::Unknown:
        break;
    }
    return "unknown";
}

bool blocks(Verdict verdict) {
    return verdict == Verdict::Drop || verdict == Verdict::Reject || verdict == Verdict::RejectTcpReset;
}

static IpAddress unmapped(const IpAddress& address) {
    if (!address.isV4Mapped())
        return address;
    return IpAddress::v4(address.bytes[12], address.bytes[13], address.bytes[14], address.bytes[15]);
}

bool AddressPrefix::contains(const IpAddress& raw) const {
    const IpAddress other = unmapped(raw);
    if (other.family != address.family)
        return false;
    const int bits = std::clamp(length, 0, address.family == Family::V4 ? 32 : 128);
    for (int i = 0; i < bits; ++i) {
        const auto byte = std::size_t(i / 8);
        const int mask = 0x80 >> (i % 8);
        if ((address.bytes[byte] & mask) != (other.bytes[byte] & mask))
            return false;
    }
    return true;
}

std::string Chain::label() const {
    if (tool != "nftables")
        return tool + " " + table + " " + name;
    return "table " + family + " " + table + " chain " + name;
}

const Chain* Ruleset::chain(const std::string& family, const std::string& table,
                            const std::string& name) const {
    for (const Chain& c : chains)
        if (c.family == family && c.table == table && c.name == name)
            return &c;
    return nullptr;
}

bool Ruleset::empty() const {
    return std::none_of(chains.begin(), chains.end(),
                        [](const Chain& c) { return !c.rules.empty() || (c.policy && blocks(*c.policy)); });
}

std::string RuleHit::describe() const {
    return chain + ": " + rule;
}

Ruleset mergeRulesets(const std::vector<Ruleset>& rulesets) {
    Ruleset merged;
    std::set<std::pair<std::string, std::string>> viaIptables; // (family, table) shown by iptables-nft-save
    for (const Ruleset& r : rulesets) {
        merged.ok = merged.ok || r.ok;
        if (!r.error.empty())
            merged.error += (merged.error.empty() ? "" : "; ") + r.error;
        if (r.viaIptablesNft)
            for (const Chain& c : r.chains)
                viaIptables.insert({c.family, c.table});
    }
    for (const Ruleset& r : rulesets)
        for (const Chain& c : r.chains)
            if (c.tool != "nftables" || !viaIptables.contains({c.family, c.table}))
                merged.chains.push_back(c);
    return merged;
}

namespace {

using Field = Condition::Field;
enum class Tri { False, True, Unknown };

struct Context {
    const Ruleset& ruleset;
    const Connection& connection;
    IpAddress destination;
    IpAddress source;
    std::string hook;
};

bool nameMatches(const std::string& pattern, const std::string& name) {
    if (!pattern.empty() && (pattern.back() == '*' || pattern.back() == '+'))
        return name.rfind(pattern.substr(0, pattern.size() - 1), 0) == 0;
    return pattern == name;
}

bool protocolIs(const std::string& name, Proto proto) {
    if (proto == Proto::Tcp)
        return name == "tcp" || name == "6";
    return name == "udp" || name == "17";
}

Tri evaluate(const Condition& c, const Context& context) {
    const Connection& conn = context.connection;
    const Family family = context.destination.family;
    auto result = [&c](bool matched) { return matched != c.negated ? Tri::True : Tri::False; };
    switch (c.field) {
    case Field::L4Proto:
        if (c.family && *c.family != family)
            return Tri::False;
        return result(std::any_of(c.names.begin(), c.names.end(),
                                  [&](const std::string& n) { return protocolIs(n, conn.proto); }));
    case Field::DPort:
    case Field::SPort:
        if (!c.protocol.empty() && !protocolIs(c.protocol, conn.proto))
            return Tri::False; // "tcp dport != 80" still needs TCP
        if (c.field == Field::SPort)
            return Tri::Unknown; // the client's port is picked by the kernel
        return result(std::any_of(c.ports.begin(), c.ports.end(),
                                  [&](const PortRange& r) { return r.contains(conn.port); }));
    case Field::DAddr:
    case Field::SAddr: {
        if (c.family && *c.family != family)
            return Tri::False; // "ip daddr" never matches an IPv6 packet
        const IpAddress& address = c.field == Field::DAddr ? context.destination : context.source;
        return result(std::any_of(c.prefixes.begin(), c.prefixes.end(),
                                  [&](const AddressPrefix& p) { return p.contains(address); }));
    }
    case Field::InIf:
    case Field::OutIf: {
        const bool applies = (c.field == Field::InIf) == (context.hook == "input");
        const std::string name = applies ? conn.interface : std::string();
        return result(std::any_of(c.names.begin(), c.names.end(),
                                  [&](const std::string& p) { return nameMatches(p, name); }));
    }
    case Field::CtState: // the first packet of a connection is "new"
        return result(std::find(c.names.begin(), c.names.end(), "new") != c.names.end());
    case Field::Family:
        return result(std::any_of(c.names.begin(), c.names.end(), [&](const std::string& n) {
            return (n == "ipv4" && family == Family::V4) || (n == "ipv6" && family == Family::V6);
        }));
    case Field::Other:
        break;
    }
    return Tri::Unknown;
}

Tri evaluate(const Rule& rule, const Context& context) {
    Tri all = Tri::True;
    for (const Condition& c : rule.conditions) {
        const Tri one = evaluate(c, context);
        if (one == Tri::False)
            return Tri::False;
        if (one == Tri::Unknown)
            all = Tri::Unknown;
    }
    return all;
}

RuleHit makeHit(const Chain& chain, Verdict verdict, const std::string& hook, const std::string& text,
                bool byPolicy, bool certain) {
    return {verdict, chain.label(), hook,         text,        byPolicy,
            certain, chain.tool,    chain.family, chain.table, chain.name};
}

enum class Outcome { Fallthrough, Returned, Accepted, Blocked };

struct Walk {
    Outcome outcome = Outcome::Fallthrough;
    RuleHit hit;
};

constexpr int kMaxDepth = 4; // nft allows 16; real rulesets (ufw, docker, firewalld) use 2-3

Walk walkChain(const Chain& chain, const Context& context, int depth, bool certain) {
    for (const Rule& rule : chain.rules) {
        const Tri matched = evaluate(rule, context);
        if (matched == Tri::False)
            continue;
        const bool sure = certain && matched == Tri::True;
        RuleHit hit = makeHit(chain, rule.verdict, context.hook, rule.text, false, sure);
        switch (rule.verdict) {
        case Verdict::Accept:
            if (matched == Tri::True)
                return {Outcome::Accepted, hit};
            break; // an accept that may not apply can't be relied on: keep walking
        case Verdict::Drop:
        case Verdict::Reject:
        case Verdict::RejectTcpReset:
            return {Outcome::Blocked, hit};
        case Verdict::Return:
            if (matched == Tri::True)
                return {Outcome::Returned, hit};
            break;
        case Verdict::Jump:
        case Verdict::Goto: {
            const Chain* target = context.ruleset.chain(chain.family, chain.table, rule.target);
            if (!target || depth >= kMaxDepth)
                break;
            Walk inner = walkChain(*target, context, depth + 1, sure);
            if (inner.outcome == Outcome::Accepted || inner.outcome == Outcome::Blocked)
                return inner;
            if (rule.verdict == Verdict::Goto && matched == Tri::True)
                return {Outcome::Returned, hit}; // a goto's chain ending returns past the caller
            break;
        }
        case Verdict::None:
        case Verdict::Unknown:
            break;
        }
    }
    return {};
}

bool chainSeesFamily(const Chain& chain, Family family) {
    if (chain.family == "inet")
        return true;
    return chain.family == (family == Family::V4 ? "ip" : "ip6");
}

std::vector<const Chain*> baseChains(const Ruleset& ruleset, const std::string& hook, Family family) {
    std::vector<const Chain*> chains;
    for (const Chain& c : ruleset.chains)
        if (c.hook == hook && (c.type == "filter" || c.type == "route") && chainSeesFamily(c, family))
            chains.push_back(&c);
    std::stable_sort(chains.begin(), chains.end(),
                     [](const Chain* a, const Chain* b) { return a->priority < b->priority; });
    return chains;
}

} // namespace

MatchResult matchFirewallRules(const Ruleset& ruleset, const Connection& connection) {
    MatchResult result;
    Context context{ruleset, connection, unmapped(connection.destination), {}, {}};
    // The kernel picks 127.0.0.1 as the source for 127.0.0.0/8; other local addresses talk to themselves.
    context.source = context.destination.family == Family::V4 && context.destination.bytes[0] == 127
                         ? IpAddress::v4(127, 0, 0, 1)
                         : context.destination;
    for (const char* hook : {"output", "input"}) {
        context.hook = hook;
        for (const Chain* chain : baseChains(ruleset, hook, context.destination.family)) {
            Walk walk = walkChain(*chain, context, 0, true);
            if (walk.outcome == Outcome::Blocked) {
                result.blocking = walk.hit;
                return result;
            }
            if (walk.outcome == Outcome::Accepted) {
                result.passed.push_back(walk.hit);
                continue;
            }
            const Verdict policy = chain->policy.value_or(Verdict::Accept);
            RuleHit hit =
                makeHit(*chain, policy, hook, "policy " + std::string(verdictName(policy)), true, true);
            if (blocks(policy)) {
                result.blocking = hit;
                return result;
            }
            result.passed.push_back(hit);
        }
    }
    return result;
}

std::vector<RuleHit> rulesForPort(const Ruleset& ruleset, Proto proto, std::uint16_t port, Family family,
                                  const IpAddress& destination) {
    std::vector<RuleHit> hits;
    Connection connection{proto, destination, port, "lo"};
    Context context{ruleset, connection, unmapped(destination), unmapped(destination), {}};
    for (const Chain& chain : ruleset.chains) {
        if (!chainSeesFamily(chain, family))
            continue;
        for (const Rule& rule : chain.rules) {
            bool namesPort = false;
            bool excluded = false;
            for (const Condition& c : rule.conditions) {
                if (c.field == Field::DPort && !c.negated &&
                    (c.protocol.empty() || protocolIs(c.protocol, proto)))
                    namesPort =
                        namesPort || std::any_of(c.ports.begin(), c.ports.end(),
                                                 [port](const PortRange& r) { return r.contains(port); });
                if ((c.field == Field::DAddr || c.field == Field::L4Proto) &&
                    evaluate(c, context) == Tri::False)
                    excluded = true;
            }
            if (namesPort && !excluded)
                hits.push_back(makeHit(chain, rule.verdict, chain.hook, rule.text, false, true));
        }
    }
    return hits;
}

std::string allowCommand(const RuleHit& hit, const Connection& connection) {
    const bool input = hit.hook != "output";
    const std::string proto = connection.proto == Proto::Tcp ? "tcp" : "udp";
    const std::string port = std::to_string(connection.port);
    if (hit.tool == "iptables" || hit.tool == "ip6tables") {
        // Base chains only: an accept at the top of INPUT/OUTPUT comes before any jump.
        const std::string chain = input ? "INPUT" : "OUTPUT";
        return hit.tool + (hit.table == "filter" ? std::string() : " -t " + hit.table) + " -I " + chain +
               (input ? " -i " : " -o ") + connection.interface + " -p " + proto + " --dport " + port +
               " -j ACCEPT";
    }
    if (hit.tool != "nftables" || hit.chainName.empty())
        return {};
    // A hit in a regular chain is reached through a base chain; inserting in the regular chain works too.
    return "nft insert rule " + hit.family + " " + hit.table + " " + hit.chainName + " " +
           (input ? "iifname" : "oifname") + " \"" + connection.interface + "\" " + proto + " dport " + port +
           " accept";
}

} // namespace ld::platform::firewall
