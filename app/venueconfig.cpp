#include "venueconfig.h"

#include "apptext.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStringList>

namespace dojo::app {

namespace {

const QString kDataDirKey = QStringLiteral("data-dir");
const QString kDatabaseKey = QStringLiteral("database");

// "key = value" lines; '#' or ';' starts a comment line. A plain format rather than QSettings,
// which would read a URL with a comma as a list.
Result<VenueConfig> parseConfig(const QString &file, const QString &text)
{
    VenueConfig config;
    config.file = file;
    const QStringList lines = text.split(u'\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString line = lines.at(i).trimmed();
        const qsizetype number = i + 1;
        if (line.isEmpty() || line.startsWith(u'#') || line.startsWith(u';'))
            continue;
        const qsizetype equals = line.indexOf(u'=');
        if (equals < 0) {
            return Unexpected(
                AppText::tr("%1, line %2: \"%3\" is not a setting (a setting is key = value)")
                    .arg(file)
                    .arg(number)
                    .arg(line));
        }
        const QString key = line.left(equals).trimmed();
        QString value = line.mid(equals + 1).trimmed();
        if (value.size() >= 2 && value.startsWith(u'"') && value.endsWith(u'"'))
            value = value.mid(1, value.size() - 2);
        if (key == kDataDirKey) {
            if (!value.isEmpty() && QDir::isRelativePath(value)) {
                return Unexpected(
                    AppText::tr("%1, line %2: data-dir must be an absolute folder, not \"%3\"")
                        .arg(file)
                        .arg(number)
                        .arg(value));
            }
            config.dataFolder = QDir::cleanPath(value);
        } else if (key == kDatabaseKey) {
            config.databaseUrl = value;
        } else {
            return Unexpected(AppText::tr("%1, line %2: DojoPool knows no setting \"%3\" (it "
                                          "knows data-dir and database)")
                                  .arg(file)
                                  .arg(number)
                                  .arg(key));
        }
    }
    return config;
}

} // namespace

Result<std::optional<VenueConfig>> readVenueConfig()
{
    QString path = QString::fromLatin1(kSystemConfigPath);
    const bool named = qEnvironmentVariableIsSet(kConfigVariable);
    if (named) {
        path = qEnvironmentVariable(kConfigVariable);
        if (path.isEmpty())
            return std::optional<VenueConfig>();
    } else if (!QFileInfo::exists(path)) {
        return std::optional<VenueConfig>();
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        return Unexpected(AppText::tr("cannot read the configuration file %1 (%2)")
                              .arg(path, file.errorString()));
    }
    Result<VenueConfig> config = parseConfig(path, QString::fromUtf8(file.readAll()));
    if (!config)
        return Unexpected(config.error());
    return std::optional<VenueConfig>(*config);
}

} // namespace dojo::app
