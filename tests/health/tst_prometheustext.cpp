// /metrics' text (Prometheus exposition format 0.0.4): escaping, numbers, and a sample's families
// each in one group with its HELP and TYPE, in the names docs/health.md promises.

#include <health/prometheustext.h>

#include <QRegularExpression>
#include <QTest>

#include <limits>
#include <map>

using namespace dojo::health;

namespace {

HealthSample aSample()
{
    HealthSample sample;
    sample.time = QDateTime(QDate(2024, 5, 14), QTime(20, 0), Qt::UTC);
    TableFigures three;
    three.tableId = 3;
    three.name = QStringLiteral("Table 3");
    three.cameraFramesPerSecond = 59.5;
    three.droppedFrames = 12;
    three.processedFramesPerSecond = 28.25;
    three.millisecondsPerFrame = 35.5;
    three.secondsSinceFrame = 0.25;
    three.secondsRunning = 100;
    TableFigures odd = three;
    odd.tableId = 4;
    odd.name = QStringLiteral("The \"Back\" Room\\2\nnew");
    odd.secondsSinceFrame = 9;
    sample.tables = {three, odd};
    sample.liveConnections = 37;
    sample.messagesSent = 123456;
    sample.messagesPerSecond = 88.5;
    sample.cpuSeconds = 1234.5;
    sample.cpuPercent = 142.25;
    sample.residentBytes = 1500LL << 20;
    sample.memoryBudgetBytes = 4000LL << 20;
    sample.databaseWrites = 4321;
    sample.databaseWriteSeconds = 9.5;
    sample.writeMilliseconds = {1.5, 12.0, 3.0};
    sample.diskFreeBytes = 100LL << 30;
    sample.diskTotalBytes = 500LL << 30;
    return sample;
}

struct Family
{
    QString type;
    QString help;
    QStringList samples;
};

// The text cut into its families, checking that each one's lines come together after its HELP
// and TYPE.
std::map<QString, Family> familiesOf(const QByteArray &text, QString *problem)
{
    static const QRegularExpression sampleLine(
        QStringLiteral("^([a-zA-Z_:][a-zA-Z0-9_:]*)(\\{((?:[a-zA-Z_][a-zA-Z0-9_]*=\"(?:[^\"\\\\]|"
                       "\\\\.)*\",?)*)\\})? (\\S+)$"));
    std::map<QString, Family> families;
    QString current;
    for (const QString &line :
         QString::fromUtf8(text).split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        if (line.startsWith(QLatin1String("# HELP "))) {
            current = line.section(QLatin1Char(' '), 2, 2);
            if (families.count(current))
                *problem = QStringLiteral("%1 comes twice").arg(current);
            families[current].help = line.section(QLatin1Char(' '), 3);
            continue;
        }
        if (line.startsWith(QLatin1String("# TYPE "))) {
            if (line.section(QLatin1Char(' '), 2, 2) != current)
                *problem = QStringLiteral("TYPE of %1 not after its HELP").arg(line);
            families[current].type = line.section(QLatin1Char(' '), 3, 3);
            continue;
        }
        const QRegularExpressionMatch match = sampleLine.match(line);
        if (!match.hasMatch()) {
            *problem = QStringLiteral("not a sample line: %1").arg(line);
            continue;
        }
        if (match.captured(1) != current)
            *problem = QStringLiteral("%1 is not in its family's group").arg(line);
        families[current].samples << line;
    }
    return families;
}

} // namespace

class tst_PrometheusText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void labelValues_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QByteArray>("written");
        QTest::newRow("plain") << QStringLiteral("Table 3") << QByteArray("Table 3");
        QTest::newRow("a double quote")
            << QStringLiteral("The \"Pit\"") << QByteArray("The \\\"Pit\\\"");
        QTest::newRow("a backslash") << QStringLiteral("A\\B") << QByteArray("A\\\\B");
        QTest::newRow("a line feed") << QStringLiteral("one\ntwo") << QByteArray("one\\ntwo");
        QTest::newRow("UTF-8 as it is")
            << QStringLiteral("Mesa 3 · Café") << QStringLiteral("Mesa 3 · Café").toUtf8();
    }
    void labelValues()
    {
        QFETCH(QString, value);
        QFETCH(QByteArray, written);
        QCOMPARE(prometheusLabelValue(value), written);
    }

    void help()
    {
        QCOMPARE(prometheusHelp(QStringLiteral("a \\ b\nc \"d\"")),
                 QByteArray("a \\\\ b\\nc \"d\""));
    }

    void numbers_data()
    {
        QTest::addColumn<double>("value");
        QTest::addColumn<QByteArray>("written");
        QTest::newRow("a whole number") << 37.0 << QByteArray("37");
        QTest::newRow("a fraction") << 0.0355 << QByteArray("0.0355");
        QTest::newRow("large") << 1572864000.0 << QByteArray("1572864000");
        QTest::newRow("not a number")
            << std::numeric_limits<double>::quiet_NaN() << QByteArray("NaN");
        QTest::newRow("infinity") << std::numeric_limits<double>::infinity() << QByteArray("+Inf");
        QTest::newRow("minus infinity")
            << -std::numeric_limits<double>::infinity() << QByteArray("-Inf");
    }
    void numbers()
    {
        QFETCH(double, value);
        QFETCH(QByteArray, written);
        QCOMPARE(prometheusNumber(value), written);
        if (!std::isnan(value) && !std::isinf(value))
            QCOMPARE(written.toDouble(), value); // reads back the same
    }

    // Each metric docs/health.md names: its type and a sample line with the sample's figure.
    void metrics_data()
    {
        const HealthSample sample = aSample();
        const QByteArray three = prometheusLabelValue(QStringLiteral("Table 3"));
        const auto line = [](const char *name, const QByteArray &labels, double value) {
            QByteArray text(name);
            if (!labels.isEmpty())
                text += '{' + labels + '}';
            return QString::fromUtf8(text + ' ' + prometheusNumber(value));
        };
        const QByteArray table = "table=\"" + three + '"';
        const TableFigures &t = sample.tables.front();
        QTest::addColumn<QString>("family");
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("sampleLine");
        QTest::newRow("camera fps")
            << "dojopool_camera_frames_per_second"
            << "gauge" << line("dojopool_camera_frames_per_second", table, t.cameraFramesPerSecond);
        QTest::newRow("dropped") << "dojopool_camera_dropped_frames_total"
                                 << "counter"
                                 << line("dojopool_camera_dropped_frames_total", table,
                                         double(t.droppedFrames));
        QTest::newRow("since frame")
            << "dojopool_camera_seconds_since_frame"
            << "gauge" << line("dojopool_camera_seconds_since_frame", table, t.secondsSinceFrame);
        QTest::newRow("camera up") << "dojopool_camera_up"
                                   << "gauge" << line("dojopool_camera_up", table, 1);
        QTest::newRow("tracking fps")
            << "dojopool_tracking_frames_per_second"
            << "gauge"
            << line("dojopool_tracking_frames_per_second", table, t.processedFramesPerSecond);
        QTest::newRow("time per frame")
            << "dojopool_tracking_seconds_per_frame"
            << "gauge"
            << line("dojopool_tracking_seconds_per_frame", table, t.millisecondsPerFrame / 1000);
        QTest::newRow("connections")
            << "dojopool_live_connections"
            << "gauge" << line("dojopool_live_connections", {}, sample.liveConnections);
        QTest::newRow("messages") << "dojopool_live_messages_sent_total"
                                  << "counter"
                                  << line("dojopool_live_messages_sent_total", {},
                                          double(sample.messagesSent));
        QTest::newRow("messages a second")
            << "dojopool_live_messages_per_second"
            << "gauge" << line("dojopool_live_messages_per_second", {}, sample.messagesPerSecond);
        QTest::newRow("cpu seconds")
            << "dojopool_process_cpu_seconds_total"
            << "counter" << line("dojopool_process_cpu_seconds_total", {}, sample.cpuSeconds);
        QTest::newRow("cpu percent")
            << "dojopool_process_cpu_percent"
            << "gauge" << line("dojopool_process_cpu_percent", {}, sample.cpuPercent);
        QTest::newRow("memory") << "dojopool_process_resident_memory_bytes"
                                << "gauge"
                                << line("dojopool_process_resident_memory_bytes", {},
                                        double(sample.residentBytes));
        QTest::newRow("budget") << "dojopool_process_memory_budget_bytes"
                                << "gauge"
                                << line("dojopool_process_memory_budget_bytes", {},
                                        double(sample.memoryBudgetBytes));
        QTest::newRow("writes") << "dojopool_database_writes_total"
                                << "counter"
                                << line("dojopool_database_writes_total", {},
                                        double(sample.databaseWrites));
        QTest::newRow("write seconds")
            << "dojopool_database_write_seconds_total"
            << "counter"
            << line("dojopool_database_write_seconds_total", {}, sample.databaseWriteSeconds);
        QTest::newRow("longest write") << "dojopool_database_write_longest_seconds"
                                       << "gauge"
                                       << line("dojopool_database_write_longest_seconds", {},
                                               sample.longestWriteMilliseconds() / 1000);
        QTest::newRow("disk free")
            << "dojopool_disk_free_bytes"
            << "gauge" << line("dojopool_disk_free_bytes", {}, double(sample.diskFreeBytes));
        QTest::newRow("disk size")
            << "dojopool_disk_size_bytes"
            << "gauge" << line("dojopool_disk_size_bytes", {}, double(sample.diskTotalBytes));
        QTest::newRow("critical alerts")
            << "dojopool_alerts"
            << "gauge" << line("dojopool_alerts", "level=\"critical\"", 3);
        QTest::newRow("an alert going on")
            << "dojopool_alert_active"
            << "gauge"
            << line("dojopool_alert_active",
                    "kind=\"tracking-rate\",level=\"critical\",table=\"" + three + '"', 1);
        QTest::newRow("the version")
            << "dojopool_build_info"
            << "gauge" << line("dojopool_build_info", "version=\"0.1.0\"", 1);
    }
    void metrics()
    {
        QFETCH(QString, family);
        QFETCH(QString, type);
        QFETCH(QString, sampleLine);
        const HealthSample sample = aSample();
        const std::vector<Alert> alerts = judgeSamples({sample, sample, sample, sample, sample});
        const QByteArray text = prometheusText(sample, alerts, QStringLiteral("0.1.0"));
        QString problem;
        const std::map<QString, Family> families = familiesOf(text, &problem);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QVERIFY2(families.count(family), qPrintable(family));
        const Family &found = families.at(family);
        QCOMPARE(found.type, type);
        QVERIFY(!found.help.isEmpty());
        QVERIFY2(found.samples.contains(sampleLine),
                 qPrintable(sampleLine + QStringLiteral(" not in\n")
                            + found.samples.join(QLatin1Char('\n'))));
    }

    void everyFamilyKeepsTheRules()
    {
        const HealthSample sample = aSample();
        const QByteArray text
            = prometheusText(sample, judgeSamples({sample, sample, sample, sample, sample}),
                             QStringLiteral("0.1.0"));
        QVERIFY(text.endsWith('\n'));
        QString problem;
        const std::map<QString, Family> families = familiesOf(text, &problem);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        static const QRegularExpression name(QStringLiteral("^dojopool_[a-z_]+$"));
        for (const auto &[familyName, family] : families) {
            QVERIFY2(name.match(familyName).hasMatch(), qPrintable(familyName));
            QVERIFY2(family.type == QLatin1String("gauge")
                         || family.type == QLatin1String("counter"),
                     qPrintable(familyName));
            QCOMPARE(family.type == QLatin1String("counter"),
                     familyName.endsWith(QLatin1String("_total")));
        }
        // The odd table name, escaped, and its stopped camera.
        QVERIFY(
            text.contains("dojopool_camera_up{table=\"The \\\"Back\\\" Room\\\\2\\nnew\"} 0\n"));
    }

    void beforeTheFirstSample()
    {
        QString problem;
        const std::map<QString, Family> families
            = familiesOf(prometheusText(HealthSample{}, {}, QStringLiteral("0.1.0")), &problem);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QVERIFY(families.at(QStringLiteral("dojopool_camera_frames_per_second")).samples.isEmpty());
        QCOMPARE(families.at(QStringLiteral("dojopool_alerts")).samples.size(), 2);
    }
};

QTEST_GUILESS_MAIN(tst_PrometheusText)
#include "tst_prometheustext.moc"
