#include "translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace dojo::app {

void installTranslations(QCoreApplication &application)
{
    const QLocale locale;
    auto *qtTranslator = new QTranslator(&application);
    if (qtTranslator->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qtTranslator);
    }
    auto *translator = new QTranslator(&application);
    // English is the source language; its file only holds plural forms ("1 foul", "2 fouls"),
    // and it is the fallback for languages DojoPool does not speak yet.
    if (translator->load(locale, QStringLiteral("dojopool"), QStringLiteral("_"),
                         QStringLiteral(":/i18n"))
        || translator->load(QStringLiteral(":/i18n/dojopool_en.qm"))) {
        QCoreApplication::installTranslator(translator);
    }
}

} // namespace dojo::app
