#include "ui/doctorwizard.h"

#include "platform/log.h"
#include "ui/aboutdialog.h"
#include "ui/fixrunner.h"
#include "ui/mcppages.h"
#include "ui/mcprunner.h"
#include "ui/startpage.h"
#include "ui/steppage.h"
#include "ui/summarypage.h"
#include "ui/translations.h"
#include "wizard/steps/registry.h"
#include "wizard/watch/settingsfile.h"

#include <QAbstractButton>
#include <QIcon>
#include <QShowEvent>
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

    m_fixes = new FixRunner(*this);
    m_mcp = new McpRunner(m_system, this);
    m_startPage = new StartPage(this);
    setPage(Page_Start, m_startPage);
    for (const QString& step : wizard::StepRegistry::diagnosisStepIds())
        setPage(pageForStep(step), new StepPage(step, this));
    setPage(Page_McpConfig, new McpConfigPage(this));
    setPage(Page_McpServers, new McpServersPage(this));
    setPage(Page_Summary, new SummaryPage(this));
    setStartId(Page_Start);

    resize(760, 600);
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
        log::get(log::Area::Ui).debug("wizard window shown");
    }
}

} // namespace ld::ui
