#pragma once

// A widget saved as a PNG in the build folder, for a person to look at, and named in the log.
#include <QLatin1String>
#include <QString>
#include <QTest>
#include <QWidget>

namespace dojo::testsupport {

inline void saveShot(QWidget *widget, const char *name)
{
    const QString path = QStringLiteral(DOJO_BUILD_DIR "/") + QLatin1String(name);
    QVERIFY2(widget->grab().save(path), qPrintable(path));
    qInfo("screenshot: %s", qPrintable(path));
}

} // namespace dojo::testsupport
