#include "ui/translations.h"

#include "platform/log.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>
#include <spdlog/spdlog.h>

namespace ld::ui {

QString installTranslator(const QString& language) {
    static QTranslator* ours = nullptr;
    static QTranslator* qt = nullptr;
    for (QTranslator** translator : {&ours, &qt}) {
        if (*translator) {
            QCoreApplication::removeTranslator(*translator);
            delete *translator;
            *translator = nullptr;
        }
    }
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    const bool english = locale.language() == QLocale::English || locale.language() == QLocale::C;
    auto* translator = new QTranslator(QCoreApplication::instance());
    // Looks for :/i18n/localhost-doctor_de_DE.qm, then _de.qm (the locale's UI languages in order).
    if (!english && translator->load(locale, QStringLiteral("localhost-doctor"), QStringLiteral("_"),
                                     QStringLiteral(":/i18n"))) {
        QCoreApplication::installTranslator(translator);
        ours = translator;
        // Qt's own strings (standard dialogs), when the system has them.
        auto* qtTranslator = new QTranslator(QCoreApplication::instance());
        if (qtTranslator->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                               QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
            QCoreApplication::installTranslator(qtTranslator);
            qt = qtTranslator;
        } else {
            delete qtTranslator;
        }
        log::get(log::Area::App).info("translation {} installed", translator->language().toStdString());
        return translator->language();
    }
    if (!english)
        log::get(log::Area::App).debug("no translation for {}", locale.name().toStdString());
    // English, also in place of a language we have no translation for: the source texts, with
    // their plural forms ("%n file(s)" as "1 file", "2 files") from the plurals-only English file.
    if (translator->load(QStringLiteral(":/i18n/localhost-doctor_en.qm"))) {
        QCoreApplication::installTranslator(translator);
        ours = translator;
    } else {
        delete translator;
    }
    return {};
}

} // namespace ld::ui
