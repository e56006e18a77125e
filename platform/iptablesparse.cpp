// iptables-save (and ip6tables-save) text into the common ruleset shape. Pure.

#include "platform/firewallparse.h"
#include "platform/firewalltext.h"

#include <algorithm>
#include <map>

namespace ld::platform::firewall {

using namespace text;
using Field = Condition::Field;

// ---- iptables-save ----------------------------------------------------------------------

namespace {

std::vector<std::string> tokenize(std::string_view line) {
    std::vector<std::string> tokens;
    std::string current;
    bool quoted = false;
    bool have = false;
    for (std::size_t i = 0; i < line.size(); ++i) {
        const char c = line[i];
        if (c == '"') {
            quoted = !quoted;
            have = true;
        } else if (c == '\\' && quoted && i + 1 < line.size()) {
            current += line[++i];
        } else if ((c == ' ' || c == '\t') && !quoted) {
            if (have)
                tokens.push_back(std::move(current));
            current.clear();
            have = false;
        } else {
            current += c;
            have = true;
        }
    }
    if (have)
        tokens.push_back(std::move(current));
    return tokens;
}

int tablePriority(const std::string& table) {
    if (table == "raw")
        return -300;
    if (table == "mangle")
        return -150;
    if (table == "security")
        return 50;
    if (table == "nat")
        return -100;
    return 0;
}

Rule iptablesRule(const std::vector<std::string>& tokens, std::size_t start,
                  const std::vector<std::string>& chains, Family family, const std::string& text) {
    Rule rule;
    rule.text = text;
    std::string protocol;
    bool negate = false;
    bool inTarget = false;
    for (std::size_t i = start; i < tokens.size(); ++i) {
        const std::string& option = tokens[i];
        auto next = [&]() -> std::string { return i + 1 < tokens.size() ? tokens[++i] : std::string(); };
        if (option == "!") {
            negate = true;
            continue;
        }
        Condition condition;
        condition.negated = negate;
        negate = false;
        bool add = true;
        if (option == "-j" || option == "-g" || option == "--jump" || option == "--goto") {
            const std::string target = next();
            inTarget = true;
            add = false;
            if (target == "ACCEPT")
                rule.verdict = Verdict::Accept;
            else if (target == "DROP")
                rule.verdict = Verdict::Drop;
            else if (target == "REJECT")
                rule.verdict = Verdict::Reject;
            else if (target == "RETURN")
                rule.verdict = Verdict::Return;
            else if (std::find(chains.begin(), chains.end(), target) != chains.end()) {
                rule.verdict = option == "-g" || option == "--goto" ? Verdict::Goto : Verdict::Jump;
                rule.target = target;
            } else if (target == "LOG" || target == "NFLOG" || target == "MARK" || target == "CONNMARK" ||
                       target == "TRACE" || target == "AUDIT" || target == "CT" || target == "TCPMSS")
                rule.verdict = Verdict::None;
            else
                rule.verdict = Verdict::Unknown;
        } else if (option == "--reject-with") {
            add = false;
            if (next() == "tcp-reset")
                rule.verdict = Verdict::RejectTcpReset;
        } else if (inTarget) {
            add = false; // the target's own options (--log-prefix...)
        } else if (option == "-p" || option == "--protocol") {
            protocol = lower(next());
            condition.field = Field::L4Proto;
            condition.names = {protocol};
        } else if (option == "-s" || option == "--source" || option == "-d" || option == "--destination") {
            condition.field = option[1] == 's' || option == "--source" ? Field::SAddr : Field::DAddr;
            condition.family = family;
            for (const std::string& part : split(next(), ',')) {
                if (const auto p = prefix(part))
                    condition.prefixes.push_back(*p);
                else
                    condition.field = Field::Other;
            }
        } else if (option == "-i" || option == "--in-interface" || option == "-o" ||
                   option == "--out-interface") {
            condition.field = option == "-i" || option == "--in-interface" ? Field::InIf : Field::OutIf;
            condition.names = {next()};
        } else if (option == "--dport" || option == "--destination-port" || option == "--sport" ||
                   option == "--source-port" || option == "--dports" || option == "--destination-ports" ||
                   option == "--sports" || option == "--source-ports" || option == "--ports") {
            condition.field = option.find('s', 2) == 2 ? Field::SPort : Field::DPort;
            if (option == "--ports")
                condition.field = Field::Other; // either direction: can't tell
            condition.protocol = protocol;
            for (const std::string& part : split(next(), ',')) {
                if (const auto range = portRange(part, ':'))
                    condition.ports.push_back(*range);
                else
                    condition.field = Field::Other;
            }
        } else if (option == "--ctstate" || option == "--state") {
            condition.field = Field::CtState;
            for (const std::string& part : split(next(), ','))
                condition.names.push_back(lower(part));
        } else if (option == "-m" || option == "--match") {
            next(); // a module is known by the options that follow it
            add = false;
        } else if (option == "--comment") {
            next();
            add = false;
        } else if (option.rfind("--", 0) == 0 || option.rfind("-", 0) == 0) {
            condition.field = Field::Other; // a match this walk doesn't read (limit, addrtype, set...)
            condition.text = option;
            while (i + 1 < tokens.size() && tokens[i + 1].rfind("-", 0) != 0 && tokens[i + 1] != "!")
                condition.text += " " + tokens[++i];
        } else {
            add = false;
        }
        if (add) {
            if (condition.text.empty())
                condition.text = option;
            rule.conditions.push_back(std::move(condition));
        }
    }
    return rule;
}

} // namespace

Ruleset parseIptablesSave(std::string_view text, Family family) {
    Ruleset ruleset;
    const std::string tool = family == Family::V4 ? "iptables" : "ip6tables";
    const std::string nftFamily = family == Family::V4 ? "ip" : "ip6";
    std::string table;
    std::map<std::string, std::size_t> index; // "table chain" -> chain
    std::vector<std::string> declared;
    bool sawTable = false;
    for (const std::string& rawLine : split(text, '\n')) {
        const std::string line = trim(rawLine);
        if (line.empty())
            continue;
        if (line[0] == '#') {
            if (line.find("(nf_tables)") != std::string::npos)
                ruleset.viaIptablesNft = true;
            continue;
        }
        if (line[0] == '*') {
            table = line.substr(1);
            declared.clear();
            sawTable = true;
            continue;
        }
        if (line == "COMMIT")
            continue;
        if (line[0] == ':') {
            const auto tokens = tokenize(line.substr(1));
            if (tokens.empty() || table.empty())
                continue;
            Chain chain;
            chain.tool = tool;
            chain.family = nftFamily;
            chain.table = table;
            chain.name = tokens[0];
            chain.type = table == "nat" ? "nat" : "filter";
            chain.priority = tablePriority(table);
            const std::string policy = tokens.size() > 1 ? tokens[1] : "-";
            if (policy != "-") {
                chain.hook = lower(chain.name);
                chain.policy = policyVerdict(policy);
            }
            declared.push_back(chain.name);
            index[table + " " + chain.name] = ruleset.chains.size();
            ruleset.chains.push_back(std::move(chain));
            continue;
        }
        const auto tokens = tokenize(line);
        if (tokens.size() >= 2 && (tokens[0] == "-A" || tokens[0] == "--append")) {
            const auto it = index.find(table + " " + tokens[1]);
            if (it == index.end())
                continue;
            ruleset.chains[it->second].rules.push_back(iptablesRule(tokens, 2, declared, family, line));
        }
    }
    ruleset.ok = sawTable || trim(text).empty() || ruleset.viaIptablesNft;
    if (!ruleset.ok)
        ruleset.error = "no table in the " + tool + "-save output";
    return ruleset;
}

} // namespace ld::platform::firewall
