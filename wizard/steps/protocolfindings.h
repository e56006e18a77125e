#pragma once
// The protocol step's findings, one builder each, over three files along their families:
// protocolstep.cpp (the verdict, HTTP answers and errors, silence), protocoltls.cpp (TLS: wrong
// scheme, certificates, handshakes) and protocolredirects.cpp (redirects, Host checks, resets).
// Internal to wizard/steps; the step itself is makeProtocolStep().

#include "wizard/facts.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <optional>

namespace ld::wizard {

class ProtocolFindings {
    Q_DECLARE_TR_FUNCTIONS(ProtocolStep) // the step's translation context, whichever file builds
public:
    explicit ProtocolFindings(QJsonObject evidence)
        : m_evidence(std::move(evidence)) {}

    static bool wantsTls(const Target& target);
    static QString urlWith(const Target& target, const QString& scheme, const QString& host = {});
    static QJsonObject baseEvidence(const ProbeRequest& request, const ProbeResult& probe);
    static bool isLocalName(const QString& name);

    // The HTTP(S) service probed: what it says, in order of what explains the most.
    void conclude(const Target& target, const ServiceProbe& service, QList<Finding>& findings) const;
    Finding noResponse(const Target& target, const ProbeResult& probe, const ProbeRequest& request) const;
    Finding reset(const Target& target, const ServiceProbe& service) const;
    Finding identified(const Target& target, const ProbeResult& probe) const;

private:
    Finding make(const char* id, Severity severity, const QString& title, const QString& detail) const;
    static bool answersAnyway(const Target& target, int status);
    Finding httpAnswer(const Target& target, const ProbeRequest& request, const ProbeResult& probe) const;
    Finding httpError(const Target& target, const ProbeResult& probe) const;
    Finding notHttp(const Target& target, const ProbeResult& probe) const;
    Finding http2Only(const Target& target, const ProbeResult& probe) const;
    Finding headersTooLarge(const Target& target, const ProbeResult& probe) const;
    // protocoltls.cpp
    Finding tlsExpected(const Target& target) const;
    Finding plainExpected(const Target& target) const;
    Finding untrusted(const Target& target, const TlsInfo& tls) const;
    // A trusted certificate that runs out within 14 days: everything works, for now.
    std::optional<Finding> expiringSoon(const Target& target, const TlsInfo& tls) const;
    Finding handshakeFailed(const Target& target, const TlsInfo& tls) const;
    Finding clientCertRequired(const Target& target, const TlsInfo& tls) const;
    // protocolredirects.cpp
    std::optional<Finding> redirectFinding(const Target& target, const ServiceProbe& service) const;
    std::optional<Finding> hostNotAllowed(const Target& target, const ServiceProbe& service) const;

    QJsonObject m_evidence;
};

} // namespace ld::wizard
