// A table's corners placed by hand: the stored text (fractions of the picture) written and read
// back, refused when it cannot be read, kept right across a change of resolution, and the
// undoable, audited edit through the venue model, read back from the database.

#include "venuefile.h"

#include <storage/auditlog.h>
#include <storage/database.h>
#include <support/resulterror.h>
#include <venue/tablecorners.h>
#include <venue/tablecornersedit.h>
#include <venue/venuemodel.h>

#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

#include <memory>

using namespace dojo;
using dojo::testsupport::errorOf;
using venue::TableCorners;

Q_DECLARE_METATYPE(std::optional<dojo::venue::TableCorners>)

namespace {

// A camera a little off the table's axis: the far rail looks shorter than the near one.
const TableCorners kPlaced{QPointF(0.125, 0.1875), QPointF(0.875, 0.2), QPointF(0.0625, 0.8125),
                           QPointF(0.9375, 0.8)};

bool sameCorners(const TableCorners &a, const TableCorners &b, double tolerance)
{
    for (size_t i = 0; i < a.size(); ++i) {
        if (std::abs(a[i].x() - b[i].x()) > tolerance || std::abs(a[i].y() - b[i].y()) > tolerance)
            return false;
    }
    return true;
}

} // namespace

class tst_TableCorners : public QObject, private testsupport::VenueFile
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void theTextRoundTrips_data();
    void theTextRoundTrips();
    void anUnreadableTextIsRefused_data();
    void anUnreadableTextIsRefused();
    void fractionsKeepTheCornersAcrossResolutions();
    void anEditIsWrittenAuditedUndoneAndRedone();
    void backToAutomaticIsAnEditToo();
    void anUnreadableStoredTextIsRefused();

private:
    std::unique_ptr<venue::VenueModel> m_model;
};

void tst_TableCorners::init()
{
    const Result<void> opened = openDemoVenue();
    QVERIFY2(opened, qPrintable(errorOf(opened)));
    m_model = std::make_unique<venue::VenueModel>(*m_database);
    const Result<void> loaded = m_model->load();
    QVERIFY2(loaded, qPrintable(errorOf(loaded)));
}

void tst_TableCorners::cleanup()
{
    m_model.reset();
    closeDatabase();
}

void tst_TableCorners::theTextRoundTrips_data()
{
    QTest::addColumn<std::optional<TableCorners>>("corners");
    QTest::addColumn<QString>("text");
    QTest::newRow("automatic") << std::optional<TableCorners>() << QString();
    QTest::newRow("placed by hand")
        << std::optional(kPlaced)
        << QStringLiteral("0.125000,0.187500;0.875000,0.200000;0.062500,0.812500;"
                          "0.937500,0.800000");
    QTest::newRow("the picture's own corners")
        << std::optional(TableCorners{QPointF(0, 0), QPointF(1, 0), QPointF(0, 1), QPointF(1, 1)})
        << QStringLiteral("0.000000,0.000000;1.000000,0.000000;0.000000,1.000000;"
                          "1.000000,1.000000");
}

void tst_TableCorners::theTextRoundTrips()
{
    QFETCH(std::optional<TableCorners>, corners);
    QFETCH(QString, text);
    QCOMPARE(venue::tableCornersText(corners), text);
    const Result<std::optional<TableCorners>> read = venue::tableCornersFromText(text);
    QVERIFY2(read, qPrintable(errorOf(read)));
    QCOMPARE(read->has_value(), corners.has_value());
    if (corners)
        QVERIFY(sameCorners(**read, *corners, 1e-6));
}

void tst_TableCorners::anUnreadableTextIsRefused_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("three corners") << QStringLiteral("0.1,0.1;0.9,0.1;0.1,0.9");
    QTest::newRow("five corners") << QStringLiteral("0.1,0.1;0.9,0.1;0.1,0.9;0.9,0.9;0.5,0.5");
    QTest::newRow("a corner without y") << QStringLiteral("0.1,0.1;0.9;0.1,0.9;0.9,0.9");
    QTest::newRow("a word") << QStringLiteral("0.1,0.1;0.9,top;0.1,0.9;0.9,0.9");
    QTest::newRow("pixels, not fractions") << QStringLiteral("192,108;1728,108;192,972;1728,972");
    QTest::newRow("a decimal comma") << QStringLiteral("0,1,0,1;0,9,0,1;0,1,0,9;0,9,0,9");
}

void tst_TableCorners::anUnreadableTextIsRefused()
{
    QFETCH(QString, text);
    const Result<std::optional<TableCorners>> read = venue::tableCornersFromText(text);
    QVERIFY(!read);
    QVERIFY2(read.error().contains(QLatin1String("corner")), qPrintable(read.error()));
}

void tst_TableCorners::fractionsKeepTheCornersAcrossResolutions()
{
    // Placed on a 1080p picture; the camera later sends 720p and then 4K.
    const std::array<QPointF, 4> onFullHd = venue::cornersInPixels(kPlaced, QSize(1920, 1080));
    QCOMPARE(onFullHd[0], QPointF(240, 202.5));
    QCOMPARE(onFullHd[3], QPointF(1800, 864));
    const TableCorners back = venue::cornersAsFractions(onFullHd, QSize(1920, 1080));
    QVERIFY(sameCorners(back, kPlaced, 1e-12));
    const std::array<QPointF, 4> onHd = venue::cornersInPixels(back, QSize(1280, 720));
    const std::array<QPointF, 4> onUhd = venue::cornersInPixels(back, QSize(3840, 2160));
    for (size_t i = 0; i < 4; ++i) {
        QCOMPARE(onHd[i] * 1.5, onFullHd[i]);
        QCOMPARE(onUhd[i] / 2.0, onFullHd[i]);
    }
}

void tst_TableCorners::anEditIsWrittenAuditedUndoneAndRedone()
{
    const venue::Table table = m_model->tables().at(1);
    QVERIFY(!table.corners); // the demo's tables are calibrated automatically
    QSignalSpy changed(m_model.get(), &venue::VenueModel::tableChanged);
    venue::TableCornersEdit edit(table.id, table.name, table.corners, kPlaced,
                                 QStringLiteral("desk:Ana"));
    QCOMPARE(edit.text(), QStringLiteral("Place the corners of %1 by hand").arg(table.name));

    const Result<void> applied = edit.apply(*m_model);
    QVERIFY2(applied, qPrintable(errorOf(applied)));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.front().front().toLongLong(), table.id);
    QVERIFY(m_model->table(table.id)->corners);
    QVERIFY(sameCorners(*m_model->table(table.id)->corners, kPlaced, 1e-6));
    storage::AuditLog audit(*m_database);
    std::vector<storage::AuditEntry> entries = audit.recent(1).value();
    QCOMPARE(entries.front().action, QStringLiteral("table.corners"));
    QCOMPARE(entries.front().actor, QStringLiteral("desk:Ana"));
    QCOMPARE(entries.front().subject, QStringLiteral("table:%1").arg(table.id));
    const QJsonObject change = QJsonDocument::fromJson(entries.front().details.toUtf8()).object();
    QCOMPARE(change.value(QStringLiteral("to")).toString(), venue::tableCornersText(kPlaced));
    {
        // Read back from the database, not only the model's memory.
        venue::VenueModel reread(*m_database);
        QVERIFY(reread.load());
        QVERIFY(reread.table(table.id)->corners);
        QVERIFY(sameCorners(*reread.table(table.id)->corners, kPlaced, 1e-6));
    }

    QVERIFY(edit.revert(*m_model));
    QCOMPARE(changed.count(), 2);
    QVERIFY(!m_model->table(table.id)->corners);
    entries = audit.recent(1).value();
    QCOMPARE(entries.front().action, QStringLiteral("table.corners"));
    {
        venue::VenueModel reread(*m_database);
        QVERIFY(reread.load());
        QVERIFY(!reread.table(table.id)->corners);
    }

    QVERIFY(edit.apply(*m_model)); // redo
    QVERIFY(sameCorners(*m_model->table(table.id)->corners, kPlaced, 1e-6));
    // Only the edited table changed.
    for (const venue::Table &other : m_model->tables())
        QCOMPARE(other.corners.has_value(), other.id == table.id);
}

void tst_TableCorners::backToAutomaticIsAnEditToo()
{
    const venue::Table table = m_model->tables().at(0);
    QVERIFY(m_model->setTableCameraCorners(table.id, kPlaced, QStringLiteral("desk:Ana")));
    const std::optional<TableCorners> placed = m_model->table(table.id)->corners;
    QVERIFY(placed);
    venue::TableCornersEdit edit(table.id, table.name, placed, std::nullopt,
                                 QStringLiteral("desk:Ben"));
    QCOMPARE(edit.text(), QStringLiteral("Find the corners of %1 automatically").arg(table.name));
    QVERIFY(edit.apply(*m_model));
    QVERIFY(!m_model->table(table.id)->corners);
    storage::AuditLog audit(*m_database);
    QCOMPARE(audit.recent(1).value().front().actor, QStringLiteral("desk:Ben"));
    QVERIFY(edit.revert(*m_model));
    QVERIFY(sameCorners(*m_model->table(table.id)->corners, kPlaced, 1e-6));
}

void tst_TableCorners::anUnreadableStoredTextIsRefused()
{
    const venue::Table table = m_model->tables().at(0);
    QSqlQuery query(m_database->connection());
    QVERIFY(query.exec(QStringLiteral("UPDATE pool_tables SET manual_corners = 'top left' "
                                      "WHERE id = %1")
                           .arg(table.id)));
    venue::VenueModel reread(*m_database);
    const Result<void> loaded = reread.load();
    QVERIFY(!loaded);
    QVERIFY2(loaded.error().contains(table.name), qPrintable(loaded.error()));
    QVERIFY2(loaded.error().contains(QLatin1String("top left")), qPrintable(loaded.error()));
}

QTEST_GUILESS_MAIN(tst_TableCorners)
#include "tst_tablecorners.moc"
