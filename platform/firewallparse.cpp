// The nftables JSON parser (`nft -j list ruleset`). Pure: a function of its input only.

#include "platform/firewallparse.h"
#include "platform/firewalltext.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>

#include <algorithm>
#include <charconv>
#include <map>

namespace ld::platform::firewall {
namespace {

using Field = Condition::Field;
using namespace text;

std::string str(const QString& text) {
    return text.toStdString();
}

// ---- nftables JSON ----------------------------------------------------------------------

struct NftContext {
    std::map<std::string, QJsonArray> sets; // "family table name" -> elements
    std::string family;
    std::string table;
};

std::string renderValue(const QJsonValue& value, bool quoteStrings);

std::string renderList(const QJsonArray& items, bool quoteStrings) {
    std::string out;
    for (const QJsonValue& item : items)
        out += (out.empty() ? "" : ", ") + renderValue(item, quoteStrings);
    return out;
}

std::string renderValue(const QJsonValue& value, bool quoteStrings) {
    if (value.isDouble())
        return std::to_string(value.toInteger());
    if (value.isString())
        return quoteStrings ? "\"" + str(value.toString()) + "\"" : str(value.toString());
    if (value.isBool())
        return value.toBool() ? "true" : "false";
    if (value.isArray()) { // ct state established,related
        std::string out;
        for (const QJsonValue& item : value.toArray())
            out += (out.empty() ? "" : ",") + renderValue(item, quoteStrings);
        return out;
    }
    const QJsonObject object = value.toObject();
    if (object.contains(QLatin1String("set")))
        return "{ " + renderList(object.value(QLatin1String("set")).toArray(), quoteStrings) + " }";
    if (object.contains(QLatin1String("range"))) {
        const QJsonArray range = object.value(QLatin1String("range")).toArray();
        return renderValue(range.at(0), quoteStrings) + "-" + renderValue(range.at(1), quoteStrings);
    }
    if (object.contains(QLatin1String("prefix"))) {
        const QJsonObject p = object.value(QLatin1String("prefix")).toObject();
        return renderValue(p.value(QLatin1String("addr")), false) + "/" +
               std::to_string(p.value(QLatin1String("len")).toInt());
    }
    if (object.contains(QLatin1String("elem")))
        return renderValue(object.value(QLatin1String("elem")).toObject().value(QLatin1String("val")),
                           quoteStrings);
    if (!object.isEmpty())
        return str(object.begin().key()) + " ...";
    return "?";
}

std::string renderLeft(const QJsonObject& left) {
    if (left.contains(QLatin1String("payload"))) {
        const QJsonObject p = left.value(QLatin1String("payload")).toObject();
        if (p.contains(QLatin1String("protocol")))
            return str(p.value(QLatin1String("protocol")).toString()) + " " +
                   str(p.value(QLatin1String("field")).toString());
        return "@payload";
    }
    if (left.contains(QLatin1String("meta"))) {
        const std::string key =
            str(left.value(QLatin1String("meta")).toObject().value(QLatin1String("key")).toString());
        if (key == "iifname" || key == "oifname" || key == "iif" || key == "oif")
            return key; // nft prints these without "meta"
        return "meta " + key;
    }
    if (left.contains(QLatin1String("ct")))
        return "ct " + str(left.value(QLatin1String("ct")).toObject().value(QLatin1String("key")).toString());
    if (!left.isEmpty())
        return str(left.begin().key());
    return "?";
}

// Expands a right-hand value (with named sets resolved) into its elements.
QJsonArray elements(const QJsonValue& right, const NftContext& context, bool* resolved) {
    if (right.isString() && right.toString().startsWith(QLatin1Char('@'))) {
        const std::string key = context.family + " " + context.table + " " + str(right.toString().mid(1));
        const auto it = context.sets.find(key);
        if (it == context.sets.end()) {
            *resolved = false;
            return {};
        }
        return it->second;
    }
    if (right.isObject() && right.toObject().contains(QLatin1String("set")))
        return right.toObject().value(QLatin1String("set")).toArray();
    if (right.isArray())
        return right.toArray();
    return QJsonArray{right};
}

QJsonValue unwrapElem(const QJsonValue& value) {
    if (value.isObject() && value.toObject().contains(QLatin1String("elem")))
        return value.toObject().value(QLatin1String("elem")).toObject().value(QLatin1String("val"));
    return value;
}

bool addPorts(const QJsonArray& items, std::vector<PortRange>& ports) {
    for (const QJsonValue& raw : items) {
        const QJsonValue item = unwrapElem(raw);
        if (item.isDouble()) {
            const auto port = item.toInteger();
            if (port < 0 || port > 65535)
                return false;
            ports.push_back({std::uint16_t(port), std::uint16_t(port)});
        } else if (item.isString()) {
            const auto port = servicePort(str(item.toString()));
            if (!port)
                return false;
            ports.push_back({*port, *port});
        } else if (item.isObject() && item.toObject().contains(QLatin1String("range"))) {
            const QJsonArray range = item.toObject().value(QLatin1String("range")).toArray();
            const auto first = range.at(0).toInteger(-1);
            const auto last = range.at(1).toInteger(-1);
            if (first < 0 || last > 65535 || first > last)
                return false;
            ports.push_back({std::uint16_t(first), std::uint16_t(last)});
        } else {
            return false;
        }
    }
    return true;
}

bool addPrefixes(const QJsonArray& items, std::vector<AddressPrefix>& prefixes) {
    for (const QJsonValue& raw : items) {
        const QJsonValue item = unwrapElem(raw);
        if (item.isString()) {
            const auto p = prefix(str(item.toString()));
            if (!p)
                return false;
            prefixes.push_back(*p);
        } else if (item.isObject() && item.toObject().contains(QLatin1String("prefix"))) {
            const QJsonObject p = item.toObject().value(QLatin1String("prefix")).toObject();
            const auto address = IpAddress::parse(str(p.value(QLatin1String("addr")).toString()));
            const int length = p.value(QLatin1String("len")).toInt(-1);
            if (!address || length < 0 || length > (address->family == Family::V4 ? 32 : 128))
                return false;
            prefixes.push_back({*address, length});
        } else {
            return false;
        }
    }
    return true;
}

bool addNames(const QJsonArray& items, std::vector<std::string>& names) {
    for (const QJsonValue& raw : items) {
        const QJsonValue item = unwrapElem(raw);
        if (item.isString())
            names.push_back(str(item.toString()));
        else if (item.isDouble())
            names.push_back(std::to_string(item.toInteger()));
        else
            return false;
    }
    return true;
}

Condition nftMatch(const QJsonObject& match, const NftContext& context) {
    Condition condition;
    const std::string op = str(match.value(QLatin1String("op")).toString());
    const QJsonObject left = match.value(QLatin1String("left")).toObject();
    const QJsonValue right = match.value(QLatin1String("right"));
    const std::string leftText = renderLeft(left);
    const bool stringy =
        leftText == "iifname" || leftText == "oifname" || leftText == "iif" || leftText == "oif";
    condition.text =
        leftText + (op == "==" || op == "in" ? "" : " " + op) + " " + renderValue(right, stringy);
    if (op != "==" && op != "!=" && op != "in")
        return condition; // comparisons and masks stay unevaluated (Other)
    condition.negated = op == "!=";
    bool resolved = true;
    const QJsonArray items = elements(right, context, &resolved);
    if (!resolved)
        return condition;

    bool ok = false;
    if (left.contains(QLatin1String("payload"))) {
        const QJsonObject payload = left.value(QLatin1String("payload")).toObject();
        const std::string protocol = str(payload.value(QLatin1String("protocol")).toString());
        const std::string field = str(payload.value(QLatin1String("field")).toString());
        if (field == "dport" || field == "sport") {
            condition.field = field == "dport" ? Field::DPort : Field::SPort;
            condition.protocol = protocol == "th" ? std::string() : protocol;
            ok = addPorts(items, condition.ports);
        } else if ((protocol == "ip" || protocol == "ip6") && (field == "daddr" || field == "saddr")) {
            condition.field = field == "daddr" ? Field::DAddr : Field::SAddr;
            condition.family = protocol == "ip" ? Family::V4 : Family::V6;
            ok = addPrefixes(items, condition.prefixes);
        } else if ((protocol == "ip" && field == "protocol") || (protocol == "ip6" && field == "nexthdr")) {
            condition.field = Field::L4Proto;
            condition.family = protocol == "ip" ? Family::V4 : Family::V6;
            ok = addNames(items, condition.names);
        }
    } else if (left.contains(QLatin1String("meta"))) {
        const std::string key =
            str(left.value(QLatin1String("meta")).toObject().value(QLatin1String("key")).toString());
        if (key == "iifname" || key == "iif" || key == "oifname" || key == "oif") {
            condition.field = key[0] == 'i' ? Field::InIf : Field::OutIf;
            ok = addNames(items, condition.names);
        } else if (key == "l4proto") {
            condition.field = Field::L4Proto;
            ok = addNames(items, condition.names);
        } else if (key == "nfproto") {
            condition.field = Field::Family;
            ok = addNames(items, condition.names);
        }
    } else if (left.contains(QLatin1String("ct"))) {
        if (left.value(QLatin1String("ct")).toObject().value(QLatin1String("key")).toString() ==
            QLatin1String("state")) {
            condition.field = Field::CtState;
            ok = addNames(items, condition.names);
        }
    }
    if (!ok) {
        Condition other;
        other.text = condition.text;
        return other;
    }
    return condition;
}

Rule nftRule(const QJsonArray& expressions, const NftContext& context) {
    Rule rule;
    std::string text;
    auto append = [&text](const std::string& part) { text += (text.empty() ? "" : " ") + part; };
    for (const QJsonValue& value : expressions) {
        const QJsonObject expression = value.toObject();
        if (expression.isEmpty())
            continue;
        const QString key = expression.begin().key();
        const QJsonValue body = expression.begin().value();
        if (key == QLatin1String("match")) {
            rule.conditions.push_back(nftMatch(body.toObject(), context));
            append(rule.conditions.back().text);
        } else if (key == QLatin1String("accept") || key == QLatin1String("drop") ||
                   key == QLatin1String("return")) {
            rule.verdict = key == QLatin1String("accept") ? Verdict::Accept
                           : key == QLatin1String("drop") ? Verdict::Drop
                                                          : Verdict::Return;
            append(str(key));
        } else if (key == QLatin1String("reject")) {
            const QJsonObject how = body.toObject();
            const bool reset = how.value(QLatin1String("type")).toString() == QLatin1String("tcp reset");
            rule.verdict = reset ? Verdict::RejectTcpReset : Verdict::Reject;
            std::string rendered = "reject";
            if (reset)
                rendered += " with tcp reset";
            else if (how.contains(QLatin1String("expr")))
                rendered += " with " + str(how.value(QLatin1String("type")).toString()) + " " +
                            str(how.value(QLatin1String("expr")).toString());
            append(rendered);
        } else if (key == QLatin1String("jump") || key == QLatin1String("goto")) {
            rule.verdict = key == QLatin1String("jump") ? Verdict::Jump : Verdict::Goto;
            rule.target = str(body.toObject().value(QLatin1String("target")).toString());
            append(str(key) + " " + rule.target);
        } else if (key == QLatin1String("xt")) {
            const QJsonObject xt = body.toObject();
            const std::string name = str(xt.value(QLatin1String("name")).toString());
            if (xt.value(QLatin1String("type")).toString() == QLatin1String("target")) {
                rule.verdict = name == "REJECT" ? Verdict::Reject
                               : (name == "LOG" || name == "NFLOG" || name == "MARK" || name == "CONNMARK")
                                   ? Verdict::None
                                   : Verdict::Unknown;
                append("xt target \"" + name + "\"");
            } else {
                Condition other;
                other.text = "xt match \"" + name + "\"";
                rule.conditions.push_back(other);
                append(other.text);
            }
        } else if (key == QLatin1String("counter") || key == QLatin1String("log") ||
                   key == QLatin1String("comment")) {
            append(str(key)); // statements that don't decide anything
        } else if (key == QLatin1String("limit") || key == QLatin1String("quota") ||
                   key == QLatin1String("meter")) {
            Condition other; // the rule only applies under (or over) a rate: can't tell
            other.text = str(key) + " ...";
            rule.conditions.push_back(other);
            append(other.text);
        } else if (key == QLatin1String("queue") || key == QLatin1String("dnat") ||
                   key == QLatin1String("snat") || key == QLatin1String("redirect") ||
                   key == QLatin1String("masquerade") || key == QLatin1String("tproxy") ||
                   key == QLatin1String("vmap")) {
            rule.verdict = Verdict::Unknown;
            append(str(key) + " ...");
        } else {
            append(str(key) + " ...");
        }
    }
    rule.text = text;
    return rule;
}

} // namespace

Ruleset parseNftJson(std::string_view json) {
    Ruleset ruleset;
    QJsonParseError error{};
    const QJsonDocument document =
        QJsonDocument::fromJson(QByteArray(json.data(), qsizetype(json.size())), &error);
    if (document.isNull() || !document.isObject()) {
        ruleset.error =
            error.error != QJsonParseError::NoError ? str(error.errorString()) : "not a JSON object";
        return ruleset;
    }
    const QJsonValue top = document.object().value(QLatin1String("nftables"));
    if (!top.isArray()) {
        ruleset.error = "no \"nftables\" array";
        return ruleset;
    }
    const QJsonArray items = top.toArray();
    NftContext context;
    auto keyOf = [](const QJsonObject& o, const char* nameKey) {
        return str(o.value(QLatin1String("family")).toString()) + " " +
               str(o.value(QLatin1String("table")).toString()) + " " +
               str(o.value(QLatin1String(nameKey)).toString());
    };
    for (const QJsonValue& item : items) {
        const QJsonObject set = item.toObject().value(QLatin1String("set")).toObject();
        if (!set.isEmpty())
            context.sets[keyOf(set, "name")] = set.value(QLatin1String("elem")).toArray();
    }
    std::map<std::string, std::size_t> chainIndex;
    for (const QJsonValue& item : items) {
        const QJsonObject object = item.toObject();
        if (object.contains(QLatin1String("chain"))) {
            const QJsonObject c = object.value(QLatin1String("chain")).toObject();
            Chain chain;
            chain.family = str(c.value(QLatin1String("family")).toString());
            chain.table = str(c.value(QLatin1String("table")).toString());
            chain.name = str(c.value(QLatin1String("name")).toString());
            chain.hook = str(c.value(QLatin1String("hook")).toString());
            chain.type = str(c.value(QLatin1String("type")).toString());
            chain.priority = c.value(QLatin1String("prio")).toInt();
            if (!chain.hook.empty())
                chain.policy = policyVerdict(str(c.value(QLatin1String("policy")).toString("accept")));
            chainIndex[keyOf(c, "name")] = ruleset.chains.size();
            ruleset.chains.push_back(std::move(chain));
        } else if (object.contains(QLatin1String("rule"))) {
            const QJsonObject r = object.value(QLatin1String("rule")).toObject();
            const auto it = chainIndex.find(keyOf(r, "chain"));
            if (it == chainIndex.end())
                continue; // rules follow their chain in nft's output; anything else is ignored
            context.family = str(r.value(QLatin1String("family")).toString());
            context.table = str(r.value(QLatin1String("table")).toString());
            ruleset.chains[it->second].rules.push_back(
                nftRule(r.value(QLatin1String("expr")).toArray(), context));
        }
    }
    ruleset.ok = true;
    return ruleset;
}

} // namespace ld::platform::firewall
