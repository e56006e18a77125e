#include "ui/doctorwizard.h"

#include "platform/log.h"
#include "ui/aboutdialog.h"
#include "ui/fixrunner.h"
#include "ui/focusring.h"
#include "ui/mcppages.h"
#include "ui/mcprunner.h"
#include "ui/progresspage.h"
#include "ui/startpage.h"
#include "ui/steplist.h"
#include "ui/steppage.h"
#include "ui/summarypage.h"
#include "ui/translations.h"
#include "wizard/steps/registry.h"
#include "wizard/watch/settingsfile.h"

#include <QAbstractButton>
#include <QIcon>
#include <QPushButton>
#include <QShowEvent>
#include <QTimer>
#include <spdlog/spdlog.h>

namespace ld::ui {

namespace {
const char* const kGeometryKey = "wizard/geometry";
}

DoctorWizard::DoctorWizard(platform::System& system, QWidget* parent)
    : QWizard(parent)
    , m_system(system) {
    initResources();
    setObjectName(QStringLiteral("doctorWizard"));
    setWindowTitle(tr("Localhost Doctor"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/localhost-doctor.svg")));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    AboutDialog::addButtonTo(this); // the Help button, as "About"
    // Our own words for the buttons: translated with the rest, and with mnemonics.
    setButtonText(QWizard::BackButton, tr("< &Back"));
    setButtonText(QWizard::NextButton, tr("&Next >"));
    setButtonText(QWizard::CommitButton, tr("&Check"));
    setButtonText(QWizard::FinishButton, tr("&Finish"));
    setButtonText(QWizard::CancelButton, tr("&Close"));
    button(QWizard::BackButton)->setObjectName(QStringLiteral("backButton"));
    button(QWizard::NextButton)->setObjectName(QStringLiteral("nextButton"));
    button(QWizard::FinishButton)->setObjectName(QStringLiteral("finishButton"));
    button(QWizard::CancelButton)->setObjectName(QStringLiteral("closeButton"));
    button(QWizard::BackButton)->setAccessibleName(tr("Back to the previous step"));
    button(QWizard::NextButton)->setAccessibleName(tr("Next step"));
    button(QWizard::FinishButton)->setAccessibleName(tr("Finish and close"));
    button(QWizard::CancelButton)->setAccessibleName(tr("Close the wizard"));

    new FocusRing(this);
    m_fixes = new FixRunner(*this);
    m_mcp = new McpRunner(m_system, this);
    m_startPage = new StartPage(this);
    setPage(Page_Start, m_startPage);
    for (const QString& step : wizard::StepRegistry::diagnosisStepIds())
        setPage(pageForStep(step), new StepPage(step, this));
    setPage(Page_McpConfig, new McpConfigPage(this));
    setPage(Page_McpServers, new McpServersPage(this));
    setPage(Page_Summary, new SummaryPage(this));
    setPage(Page_Progress, new ProgressPage(this));
    setStartId(Page_Start);

    // Back and Next follow the step order on the result pages (the user may have jumped there),
    // not QWizard's history.
    button(QWizard::BackButton)->disconnect(this);
    button(QWizard::NextButton)->disconnect(this);
    connect(button(QWizard::BackButton), &QAbstractButton::clicked, this, &DoctorWizard::goBack);
    connect(button(QWizard::NextButton), &QAbstractButton::clicked, this, &DoctorWizard::goNext);
    auto* steps = new StepList(this);
    setSideWidget(steps);
    auto updateSide = [this, steps] {
        const int id = currentId();
        steps->setVisible(problem() != Problem::Mcp && id != Page_Start && id >= 0);
    };
    connect(this, &QWizard::currentIdChanged, this, updateSide);
    // The MCP pages follow the config file: saved in an editor, it is checked again.
    connect(this, &QWizard::currentIdChanged, this, [this](int id) {
        m_mcp->setWatching(id == Page_McpConfig || id == Page_McpServers ||
                           (id == Page_Summary && problem() == Problem::Mcp));
    });
    connect(this, &QWizard::currentIdChanged, this, &DoctorWizard::updateDefaultButton);
    updateSide();
    // A finished run opens on its answer, unless the user already went elsewhere.
    connect(this, &DoctorWizard::diagnosisFinished, this, [this] {
        if (currentId() == Page_Progress)
            goToPage(landingPage());
    });

    resize(900, 620);
    const QByteArray geometry = wizard::SettingsFile().value(QLatin1String(kGeometryKey)).toByteArray();
    if (!geometry.isEmpty())
        restoreGeometry(geometry);
}

DoctorWizard::~DoctorWizard() {
    // Each diagnosis waits for its thread; cancelled, they end within one connect timeout.
    if (m_diagnosis)
        m_diagnosis->cancel();
    for (wizard::Diagnosis* old : std::as_const(m_retired))
        old->cancel();
    delete m_diagnosis;
    qDeleteAll(m_retired);
}

DoctorWizard* DoctorWizard::openOn(platform::System& system, const QString& target, bool mcp) {
    auto* wizard = new DoctorWizard(system);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    wizard->setObjectName(QStringLiteral("trayWizard"));
    if (mcp) {
        if (!target.isEmpty())
            wizard->setMcpConfigPath(target);
        wizard->setInput(QString(), Problem::Mcp);
    } else {
        wizard->setInput(target, Problem::CantOpen);
    }
    wizard->show();
    wizard->raise();
    wizard->activateWindow();
    // Opened on an endpoint: run the whole diagnosis at once; it lands on the failing step.
    if (!target.isEmpty() || mcp)
        QTimer::singleShot(0, wizard, [wizard] {
            if (wizard->currentId() == Page_Start && wizard->currentPage()->isComplete())
                wizard->next();
        });
    return wizard;
}

void DoctorWizard::setInput(const QString& address, Problem problem) {
    m_startPage->setInput(address, problem);
}

Problem DoctorWizard::problem() const {
    return m_startPage->problem();
}

wizard::Options DoctorWizard::options() const {
    wizard::Options options = m_options;
    options.intent = problem() == Problem::PortInUse ? wizard::Intent::Serve : wizard::Intent::Connect;
    return options;
}

QStringList DoctorWizard::planFor(const wizard::Target& target) const {
    return wizard::Diagnosis::stepIds(target, options());
}

int DoctorWizard::pageForStep(const QString& stepId) {
    const qsizetype index = wizard::StepRegistry::diagnosisStepIds().indexOf(stepId);
    return index < 0 ? -1 : Page_FirstStep + int(index);
}

QString DoctorWizard::stepForPage(int pageId) {
    for (const QString& step : wizard::StepRegistry::diagnosisStepIds())
        if (pageForStep(step) == pageId)
            return step;
    return {};
}

int DoctorWizard::firstStepPage(const QStringList& plan) const {
    for (const QString& step : plan)
        if (const int page = pageForStep(step); page >= 0)
            return page;
    return Page_Summary;
}

QList<int> DoctorWizard::resultPages() const {
    QList<int> pages;
    for (const QString& step : m_plan)
        if (const int page = pageForStep(step); page >= 0)
            pages << page;
    pages << Page_Summary;
    return pages;
}

int DoctorWizard::landingPage() const {
    if (m_report && m_report->problemFound() && !m_cancelled)
        if (const int page = pageForStep(m_report->verdict.step);
            page >= 0 && m_plan.contains(m_report->verdict.step))
            return page;
    return Page_Summary;
}

int DoctorWizard::nextId() const {
    // One-shot: QWizard::next() asks once where to go, then again (for its buttons) on arrival.
    const int jump = m_jumpTo;
    m_jumpTo = -1;
    return jump >= 0 ? jump : QWizard::nextId();
}

void DoctorWizard::goToPage(int pageId) {
    if (pageId == currentId() || !page(pageId))
        return;
    if (visitedIds().contains(pageId)) {
        // Already in the history: step back to it (QWizard refuses to meet a page twice).
        for (int guard = 0; guard < 64 && currentId() != pageId; ++guard)
            back();
        return;
    }
    m_jumpTo = pageId;
    next();
    m_jumpTo = -1;
}

void DoctorWizard::updateDefaultButton() {
    QTimer::singleShot(0, this, [this] {
        QWizardPage* page = currentPage();
        if (!page)
            return;
        QPushButton* recommended = nullptr;
        for (QPushButton* candidate : page->findChildren<QPushButton*>())
            if (candidate->property("recommended").toBool() && candidate->isVisibleTo(page) &&
                candidate->isEnabled()) {
                recommended = candidate;
                break;
            }
        for (QPushButton* candidate : page->findChildren<QPushButton*>())
            if (candidate != recommended && candidate->isDefault())
                candidate->setDefault(false);
        if (!recommended)
            return; // QWizard's own default (Next or Finish) stands
        for (const QWizard::WizardButton which :
             {QWizard::NextButton, QWizard::FinishButton, QWizard::CommitButton})
            if (auto* push = qobject_cast<QPushButton*>(button(which)))
                push->setDefault(false);
        recommended->setDefault(true);
    });
}

void DoctorWizard::goBack() {
    const int current = currentId();
    const QList<int> pages = problem() == Problem::Mcp ? QList<int>() : resultPages();
    if (const qsizetype index = pages.indexOf(current); index >= 0)
        goToPage(index > 0 ? pages.at(index - 1) : int(Page_Start));
    else if (current == Page_Progress)
        goToPage(Page_Start);
    else
        back();
}

void DoctorWizard::goNext() {
    const int next = nextId();
    if (next >= 0 && visitedIds().contains(next))
        goToPage(next);
    else
        QWizard::next();
}

int DoctorWizard::pageAfter(const QString& stepId) const {
    const qsizetype index = m_plan.indexOf(stepId);
    for (qsizetype i = index + 1; index >= 0 && i < m_plan.size(); ++i)
        if (const int page = pageForStep(m_plan.at(i)); page >= 0)
            return page;
    return Page_Summary;
}

void DoctorWizard::startDiagnosis(const wizard::Target& target) {
    if (m_diagnosis) {
        if (m_running)
            retire(m_diagnosis);
        else
            delete m_diagnosis; // finished: its thread is done, so this does not wait
        m_diagnosis = nullptr;
    }
    ++m_generation;
    m_target = target;
    m_plan = planFor(target);
    m_results.clear();
    m_report.reset();
    m_cancelled = false;
    m_running = true;
    log::get(log::Area::Ui)
        .info("diagnosis of {} started: steps {}", target.url().toStdString(),
              m_plan.join(QLatin1Char(',')).toStdString());

    auto* diagnosis = new wizard::Diagnosis(m_system, target, options());
    m_diagnosis = diagnosis;
    const quint64 generation = m_generation;
    // Emitted on the worker thread: queued to this (GUI) thread by the connection.
    connect(diagnosis, &wizard::Diagnosis::stepStarted, this, [this, generation](const QString& id) {
        if (generation == m_generation)
            Q_EMIT stepStarted(id);
    });
    connect(diagnosis, &wizard::Diagnosis::stepFinished, this,
            [this, generation](const wizard::StepResult& result) { onStepFinished(generation, result); });
    connect(diagnosis, &wizard::Diagnosis::finished, this,
            [this, generation, diagnosis](const wizard::Report& report) {
                onFinished(generation, diagnosis, report);
            });
    Q_EMIT diagnosisStarted();
    diagnosis->start();
}

void DoctorWizard::retire(wizard::Diagnosis* diagnosis) {
    diagnosis->cancel();
    m_retired.append(diagnosis);
}

void DoctorWizard::cancelDiagnosis() {
    if (!m_running || !m_diagnosis)
        return;
    log::get(log::Area::Ui).info("diagnosis cancelled by the user");
    m_cancelled = true;
    m_diagnosis->cancel();
}

void DoctorWizard::onStepFinished(quint64 generation, const wizard::StepResult& result) {
    if (generation != m_generation)
        return;
    m_results.append(result);
    Q_EMIT stepResultArrived(result);
}

void DoctorWizard::onFinished(quint64 generation, wizard::Diagnosis* diagnosis,
                              const wizard::Report& report) {
    if (m_retired.removeOne(diagnosis)) {
        diagnosis->deleteLater();
        return;
    }
    if (generation != m_generation)
        return;
    m_running = false;
    m_report = report;
    log::get(log::Area::Ui)
        .info("diagnosis finished: verdict {}{}", report.verdict.finding.toStdString(),
              m_cancelled ? " (cancelled)" : "");
    Q_EMIT diagnosisFinished(report);
}

std::optional<wizard::StepResult> DoctorWizard::result(const QString& stepId) const {
    for (const wizard::StepResult& result : m_results)
        if (result.id == stepId)
            return result;
    return std::nullopt;
}

wizard::Report DoctorWizard::currentReport() const {
    if (m_report)
        return *m_report;
    wizard::Report report;
    report.target = m_target;
    report.intent = options().intent;
    report.steps = m_results;
    report.settleVerdict();
    return report;
}

void DoctorWizard::recheckWith(const QString& input) {
    const wizard::TargetParse parsed = wizard::TargetParser::parse(input);
    if (!parsed.target)
        return;
    m_startPage->setAddress(input);
    startDiagnosis(*parsed.target);
}

void DoctorWizard::recheck() {
    startDiagnosis(m_target);
}

void DoctorWizard::done(int result) {
    wizard::SettingsFile().setValue(QLatin1String(kGeometryKey), saveGeometry()); // failures are logged
    cancelDiagnosis();
    QWizard::done(result);
}

void DoctorWizard::showEvent(QShowEvent* event) {
    QWizard::showEvent(event);
    if (!m_shownOnce) {
        m_shownOnce = true;
        if (currentId() == Page_Start)
            m_startPage->focusAddress();
        log::get(log::Area::Ui).debug("wizard window shown");
    }
}

} // namespace ld::ui
