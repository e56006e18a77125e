#include "ui/theme.h"

#include <QApplication>
#include <QStyle>
#include <QStyleFactory>

namespace ld::ui {

Status statusOf(wizard::StepStatus status) {
    switch (status) {
    case wizard::StepStatus::Pass:
        return Status::Pass;
    case wizard::StepStatus::Warn:
        return Status::Warn;
    case wizard::StepStatus::Fail:
        return Status::Fail;
    case wizard::StepStatus::Skip:
        break;
    }
    return Status::Skip;
}

Status statusOf(wizard::Severity severity) {
    switch (severity) {
    case wizard::Severity::Ok:
        return Status::Pass;
    case wizard::Severity::Info:
        return Status::Info;
    case wizard::Severity::Warning:
        return Status::Warn;
    case wizard::Severity::Error:
        break;
    }
    return Status::Fail;
}

bool Theme::isDark(const QPalette& palette) {
    return palette.color(QPalette::Window).lightness() < 128;
}

QColor Theme::statusColour(Status status, const QPalette& palette) {
    // Same hues in both themes; lighter on dark backgrounds, darker on light ones.
    const bool dark = isDark(palette);
    const int lightness = dark ? 165 : 85;
    switch (status) {
    case Status::Pass:
        return QColor::fromHsl(125, 150, dark ? 150 : 75);
    case Status::Info:
        return QColor::fromHsl(210, 170, lightness);
    case Status::Warn:
        return QColor::fromHsl(32, 230, dark ? 150 : 80);
    case Status::Fail:
        return QColor::fromHsl(0, 190, dark ? 170 : 95);
    case Status::Checking:
    case Status::Skip:
    case Status::Cancelled:
        break;
    }
    return palette.color(QPalette::Disabled, QPalette::WindowText);
}

QString Theme::statusSymbol(Status status) {
    switch (status) {
    case Status::Pass:
        return QStringLiteral("\u2713"); // ✓
    case Status::Info:
        return QStringLiteral("i");
    case Status::Warn:
        return QStringLiteral("!");
    case Status::Fail:
        return QStringLiteral("\u2717"); // ✗
    case Status::Checking:
        return QStringLiteral("\u2026"); // …
    case Status::Skip:
    case Status::Cancelled:
        break;
    }
    return QStringLiteral("\u2013"); // –
}

QString Theme::statusText(Status status) {
    switch (status) {
    case Status::Pass:
        return tr("Passed");
    case Status::Info:
        return tr("Good to know");
    case Status::Warn:
        return tr("Warning");
    case Status::Fail:
        return tr("Problem found");
    case Status::Checking:
        return tr("Checking\u2026");
    case Status::Skip:
        return tr("Skipped");
    case Status::Cancelled:
        return tr("Cancelled");
    }
    return {};
}

void Theme::applyDark(QApplication& app) {
    app.setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QPalette palette;
    const QColor window(45, 45, 48);
    const QColor base(30, 30, 32);
    const QColor text(230, 230, 230);
    const QColor disabled(128, 128, 128);
    palette.setColor(QPalette::Window, window);
    palette.setColor(QPalette::WindowText, text);
    palette.setColor(QPalette::Base, base);
    palette.setColor(QPalette::AlternateBase, window);
    palette.setColor(QPalette::ToolTipBase, base);
    palette.setColor(QPalette::ToolTipText, text);
    palette.setColor(QPalette::PlaceholderText, disabled);
    palette.setColor(QPalette::Text, text);
    palette.setColor(QPalette::Button, QColor(58, 58, 62));
    palette.setColor(QPalette::ButtonText, text);
    palette.setColor(QPalette::BrightText, Qt::red);
    palette.setColor(QPalette::Light, QColor(80, 80, 84));
    palette.setColor(QPalette::Midlight, QColor(66, 66, 70));
    palette.setColor(QPalette::Mid, QColor(40, 40, 42));
    palette.setColor(QPalette::Dark, QColor(25, 25, 27));
    palette.setColor(QPalette::Shadow, Qt::black);
    palette.setColor(QPalette::Link, QColor(110, 170, 255));
    palette.setColor(QPalette::LinkVisited, QColor(170, 140, 255));
    palette.setColor(QPalette::Highlight, QColor(42, 130, 218));
    palette.setColor(QPalette::HighlightedText, Qt::white);
    palette.setColor(QPalette::Disabled, QPalette::Text, disabled);
    palette.setColor(QPalette::Disabled, QPalette::WindowText, disabled);
    palette.setColor(QPalette::Disabled, QPalette::ButtonText, disabled);
    app.setPalette(palette);
}

void Theme::applyLight(QApplication& app) {
    app.setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    app.setPalette(app.style()->standardPalette());
}

} // namespace ld::ui
