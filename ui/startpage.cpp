#include "ui/startpage.h"

#include "ui/theme.h"
#include "wizard/portrepair.h"

#include <QButtonGroup>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QRegularExpression>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace ld::ui {

StartPage::StartPage(DoctorWizard* wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_problems(new QButtonGroup(this))
    , m_cantOpen(new QRadioButton(tr("I can't &open an address"), this))
    , m_portInUse(new QRadioButton(tr("My &server won't start: the port is in use"), this))
    , m_mcp(new QRadioButton(tr("Claude &Desktop can't use an MCP server"), this))
    , m_addressLabel(new QLabel(tr("&Address you tried:"), this))
    , m_address(new QLineEdit(this))
    , m_examples(new QLabel(this))
    , m_validation(new QLabel(this))
    , m_mcpNote(new QLabel(this)) {
    setObjectName(QStringLiteral("startPage"));
    setTitle(tr("What is wrong?"));
    setSubTitle(tr("Pick what happened and type the address; the next pages check it step by step."));

    m_cantOpen->setObjectName(QStringLiteral("problemCantOpen"));
    m_portInUse->setObjectName(QStringLiteral("problemPortInUse"));
    m_mcp->setObjectName(QStringLiteral("problemMcp"));
    m_cantOpen->setAccessibleName(tr("I can't open an address"));
    m_portInUse->setAccessibleName(tr("My server won't start: the port is in use"));
    m_mcp->setAccessibleName(tr("Claude Desktop can't use an MCP server"));
    m_problems->addButton(m_cantOpen, static_cast<int>(Problem::CantOpen));
    m_problems->addButton(m_portInUse, static_cast<int>(Problem::PortInUse));
    m_problems->addButton(m_mcp, static_cast<int>(Problem::Mcp));
    m_cantOpen->setChecked(true);

    m_address->setObjectName(QStringLiteral("addressEdit"));
    m_address->setPlaceholderText(tr("localhost:3000"));
    m_address->setAccessibleName(tr("Address you tried"));
    m_address->setAccessibleDescription(tr("For example localhost:3000 or http://localhost:3000/mcp"));
    m_address->setClearButtonEnabled(true);
    for (QToolButton* clear : m_address->findChildren<QToolButton*>())
        clear->setAccessibleName(tr("Clear the address"));
    m_addressLabel->setBuddy(m_address);

    m_examples->setObjectName(QStringLiteral("examplesLabel"));
    m_examples->setWordWrap(true);
    m_examples->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_examples->setAccessibleName(tr("Examples of addresses"));
    m_examples->setText(
        tr("For example: %1")
            .arg(QStringLiteral(
                "<a href=\"localhost:3000\">localhost:3000</a> &nbsp; <a href=\"http://localhost:3000/mcp\">"
                "http://localhost:3000/mcp</a> &nbsp; <a "
                "href=\"https://127.0.0.1:8443\">https://127.0.0.1:8443</a>"
                " &nbsp; <a href=\"[::1]:8080\">[::1]:8080</a> &nbsp; <a href=\"5173\">5173</a>")));

    m_validation->setObjectName(QStringLiteral("validationLabel"));
    m_validation->setWordWrap(true);
    m_validation->setTextFormat(Qt::RichText);
    m_validation->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_validation->setMinimumHeight(m_validation->fontMetrics().lineSpacing() * 3);
    m_validation->setAlignment(Qt::AlignTop | Qt::AlignLeft);

    m_mcpNote->setObjectName(QStringLiteral("mcpNote"));
    m_mcpNote->setWordWrap(true);
    m_mcpNote->setText(
        tr("Localhost Doctor reads Claude Desktop's config (claude_desktop_config.json), checks "
           "every MCP server it lists, and greets each one the way Claude Desktop does. "
           "Nothing is changed without asking you."));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_cantOpen);
    layout->addWidget(m_portInUse);
    layout->addWidget(m_mcp);
    layout->addSpacing(12);
    layout->addWidget(m_addressLabel);
    layout->addWidget(m_address);
    layout->addWidget(m_examples);
    layout->addWidget(m_validation);
    layout->addWidget(m_mcpNote);
    layout->addStretch();

    connect(m_address, &QLineEdit::textChanged, this, &StartPage::updateValidation);
    connect(m_problems, &QButtonGroup::idClicked, this, [this] { updateForProblem(); });
    auto fill = [this](const QString& link) {
        if (link.startsWith(QLatin1String("port:"))) {
            // A suggested repair: keep scheme, host and path, change the port.
            if (m_parsed.target) {
                QString text = m_address->text();
                const qsizetype at = text.lastIndexOf(m_parsed.target->portText);
                if (at >= 0)
                    text.replace(at, m_parsed.target->portText.size(), link.mid(5));
                m_address->setText(text);
            }
        } else {
            m_address->setText(link);
        }
        m_address->setFocus();
    };
    connect(m_examples, &QLabel::linkActivated, this, fill);
    connect(m_validation, &QLabel::linkActivated, this, fill);
    updateForProblem();
}

void StartPage::setInput(const QString& address, Problem problem) {
    m_problems->button(static_cast<int>(problem))->setChecked(true);
    m_address->setText(address);
    updateForProblem();
}

void StartPage::setAddress(const QString& address) {
    m_address->setText(address);
}

Problem StartPage::problem() const {
    return static_cast<Problem>(m_problems->checkedId());
}

QString StartPage::validationText() const {
    QString text = m_validation->text();
    text.remove(QRegularExpression(QStringLiteral("<[^>]*>")));
    return text.replace(QStringLiteral("&nbsp;"), QStringLiteral(" "));
}

void StartPage::initializePage() {
    updateForProblem();
    focusAddress();
}

void StartPage::focusAddress() {
    // After the window is shown: showing it gives the focus to the first control in the chain.
    QTimer::singleShot(0, this, [this] {
        if (m_address->isVisible())
            m_address->setFocus(Qt::OtherFocusReason);
    });
}

void StartPage::updateForProblem() {
    const bool mcp = problem() == Problem::Mcp;
    m_addressLabel->setVisible(!mcp);
    m_address->setVisible(!mcp);
    m_examples->setVisible(!mcp);
    m_validation->setVisible(!mcp);
    m_mcpNote->setVisible(mcp);
    m_addressLabel->setText(problem() == Problem::PortInUse ? tr("&Address or port your server should use:")
                                                            : tr("&Address you tried:"));
    updateValidation();
}

void StartPage::updateValidation() {
    const QString input = m_address->text().trimmed();
    m_parsed = input.isEmpty() ? wizard::TargetParse{} : wizard::TargetParser::parse(input);
    const QPalette& pal = palette();
    auto line = [&pal](Status status, const QString& html) {
        return QStringLiteral("<span style=\"color:%1\"><b>%2</b></span>&nbsp;%3")
            .arg(Theme::statusColour(status, pal).name(), Theme::statusSymbol(status), html);
    };
    QString html;
    if (input.isEmpty()) {
        html = tr("Type the address you tried to open, or just its port number.").toHtmlEscaped();
    } else if (!m_parsed.target) {
        QString where;
        if (m_parsed.errorPosition >= 0)
            where = QLatin1Char(' ') + tr("(at character %1)").arg(m_parsed.errorPosition + 1);
        html = line(Status::Fail, (m_parsed.error + where).toHtmlEscaped());
    } else {
        const wizard::Target& target = *m_parsed.target;
        QStringList suggestions;
        for (const wizard::PortCandidate& candidate : wizard::repairPort(target.portText, {}).mid(0, 4))
            suggestions << QStringLiteral("<a href=\"port:%1\">%1</a>").arg(candidate.port);
        const QString didYouMean =
            suggestions.isEmpty()
                ? QString()
                : QLatin1Char(' ') + tr("Did you mean %1?").arg(suggestions.join(QStringLiteral(", ")));
        const QString goOn = QLatin1Char(' ') + tr("You can go on: the first step looks for the right port.");
        const QString shortPort =
            target.portText.size() > 12 ? target.portText.left(10) + QStringLiteral("…") : target.portText;
        switch (target.portProblem) {
        case wizard::PortProblem::OutOfRange:
            html = line(Status::Warn,
                        (target.portText.startsWith(QLatin1Char('-'))
                             ? tr("Port %1 doesn't exist: ports can't be negative.").arg(shortPort)
                             : tr("Port %1 doesn't exist: ports go from 1 to 65535.").arg(shortPort))
                                .toHtmlEscaped() +
                            didYouMean + goOn.toHtmlEscaped());
            break;
        case wizard::PortProblem::NotANumber:
            html = line(Status::Warn, tr("\"%1\" is not a port: a port is a number from 1 to 65535.")
                                              .arg(shortPort)
                                              .toHtmlEscaped() +
                                          goOn.toHtmlEscaped());
            break;
        case wizard::PortProblem::Zero:
            html = line(Status::Warn,
                        tr("Port 0 means \"any free port\" to a server; nothing listens on port 0 itself.")
                            .toHtmlEscaped());
            break;
        case wizard::PortProblem::Missing:
            html =
                target.port
                    ? line(Status::Info, tr("No port given: %1 uses port %2 by default. Will check %3.")
                                             .arg(target.scheme)
                                             .arg(*target.port)
                                             .arg(target.url())
                                             .toHtmlEscaped())
                    : line(Status::Warn,
                           tr("No port given: add one after a colon, as in localhost:3000.").toHtmlEscaped());
            break;
        case wizard::PortProblem::None:
            html = line(Status::Pass, tr("Will check %1 (port %2 on %3).")
                                          .arg(target.url())
                                          .arg(*target.port)
                                          .arg(target.host)
                                          .toHtmlEscaped());
            break;
        }
    }
    m_validation->setText(html);
    m_validation->setAccessibleName(validationText());
    Q_EMIT completeChanged();
}

bool StartPage::isComplete() const {
    if (problem() == Problem::Mcp)
        return true;
    return m_parsed.target.has_value();
}

bool StartPage::validatePage() {
    if (problem() == Problem::Mcp)
        return true; // the MCP pages start their own check
    if (!m_parsed.target)
        return false;
    m_wizard->startDiagnosis(*m_parsed.target);
    return true;
}

int StartPage::nextId() const {
    if (problem() == Problem::Mcp)
        return Page_McpConfig;
    return Page_Progress;
}

} // namespace ld::ui
