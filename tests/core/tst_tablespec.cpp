#include "core/pocket.h"
#include "core/tablespec.h"
#include "core/units.h"
#include "core/vec2.h"

#include <QByteArray>
#include <QObject>
#include <QString>
#include <QTest>

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <optional>
#include <vector>

using namespace dojo;

Q_DECLARE_METATYPE(dojo::TableSize)
Q_DECLARE_METATYPE(dojo::PocketId)

namespace {

// Geometry is computed from inches in doubles; a micrometre is far below anything a table
// fitter can measure.
constexpr double kToleranceMm = 1e-3;

bool isClose(double actual, double expected)
{
    return std::abs(actual - expected) <= kToleranceMm;
}

bool isClose(Vec2 actual, Vec2 expected)
{
    return distance(actual, expected) <= kToleranceMm;
}

QByteArray text(double value)
{
    return QByteArray::number(value, 'f', 4);
}

QByteArray text(Vec2 point)
{
    return "(" + text(point.x) + ", " + text(point.y) + ")";
}

template<typename T> QByteArray mismatch(const char *what, T actual, T expected)
{
    return QByteArray(what) + " is " + text(actual) + " mm, expected " + text(expected) + " mm";
}

} // namespace

// QVERIFY2 with a message that shows both values; the comparison allows kToleranceMm.
#define COMPARE_MM(actual, expected)                                                               \
    QVERIFY2(isClose((actual), (expected)), mismatch(#actual, (actual), (expected)).constData())

class TestTableSpec : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void inchesAreExact();
    void metresAreExact();
    void dimensions_data();
    void dimensions();
    void pocketCentres_data();
    void pocketCentres();
    void pocketMouths_data();
    void pocketMouths();
    void cornerJaws_data();
    void cornerJaws();
    void sideJaws_data();
    void sideJaws();
    void pocketKeys_data();
    void pocketKeys();
    void unknownPocketKeys_data();
    void unknownPocketKeys();
    void stringsAndSpots_data();
    void stringsAndSpots();
    void diamonds_data();
    void diamonds();
    void sizeKeys_data();
    void sizeKeys();
    void unknownSizeKeys_data();
    void unknownSizeKeys();
    void behindHeadString_data();
    void behindHeadString();
    void headStringItselfIsNotBehind_data();
    void headStringItselfIsNotBehind();

private:
    static void addSizeRows();
};

namespace {

struct SizeRow
{
    const char *name;
    TableSize size;
    double lengthInches;
    double widthInches;
};

constexpr SizeRow kSizeRows[] = {
    {"seven-foot", TableSize::SevenFoot, 78.0, 39.0},
    {"eight-foot", TableSize::EightFoot, 88.0, 44.0},
    {"eight-foot oversized", TableSize::EightFootOversized, 92.0, 46.0},
    {"nine-foot", TableSize::NineFoot, 100.0, 50.0},
};

struct PocketRow
{
    const char *name;
    PocketId pocket;
    double xOfLength; // the centre as a fraction of the playing surface's length and width
    double yOfWidth;
};

constexpr PocketRow kPocketRows[] = {
    {"head-left", PocketId::HeadLeft, 0.0, 0.0}, {"head-right", PocketId::HeadRight, 0.0, 1.0},
    {"side-left", PocketId::SideLeft, 0.5, 0.0}, {"side-right", PocketId::SideRight, 0.5, 1.0},
    {"foot-left", PocketId::FootLeft, 1.0, 0.0}, {"foot-right", PocketId::FootRight, 1.0, 1.0},
};

QByteArray rowName(const SizeRow &size, const char *what)
{
    return QByteArray(size.name) + ' ' + what;
}

} // namespace

void TestTableSpec::addSizeRows()
{
    QTest::addColumn<TableSize>("size");
    QTest::addColumn<double>("lengthInches");
    QTest::addColumn<double>("widthInches");
    for (const SizeRow &row : kSizeRows)
        QTest::newRow(row.name) << row.size << row.lengthInches << row.widthInches;
}

void TestTableSpec::inchesAreExact()
{
    QCOMPARE(kMillimetresPerInch, 25.4);
    COMPARE_MM(inches(1.0), 25.4);
    COMPARE_MM(inches(100.0), 2540.0);
    COMPARE_MM(toInches(2540.0), 100.0);
    COMPARE_MM(toInches(inches(3.0 + 11.0 / 16.0)), 3.6875);
}

void TestTableSpec::metresAreExact()
{
    QCOMPARE(kMillimetresPerMetre, 1000.0);
    QCOMPARE(metres(9.81), 9810.0);
    QCOMPARE(toMetres(9810.0), 9.81);
    QCOMPARE(toMetres(inches(1.125)), 0.028575);
}

void TestTableSpec::dimensions_data()
{
    QTest::addColumn<TableSize>("size");
    QTest::addColumn<double>("lengthMm");
    QTest::addColumn<double>("widthMm");
    // WPA playing surfaces, written out in millimetres at 25.4 mm to the inch.
    QTest::newRow("seven-foot 78 x 39 in") << TableSize::SevenFoot << 1981.2 << 990.6;
    QTest::newRow("eight-foot 88 x 44 in") << TableSize::EightFoot << 2235.2 << 1117.6;
    QTest::newRow("eight-foot oversized 92 x 46 in")
        << TableSize::EightFootOversized << 2336.8 << 1168.4;
    QTest::newRow("nine-foot 100 x 50 in") << TableSize::NineFoot << 2540.0 << 1270.0;
}

void TestTableSpec::dimensions()
{
    QFETCH(TableSize, size);
    QFETCH(double, lengthMm);
    QFETCH(double, widthMm);

    const TableSpec &spec = tableSpec(size);
    QCOMPARE(spec.size, size);
    COMPARE_MM(spec.length, lengthMm);
    COMPARE_MM(spec.width, widthMm);
    COMPARE_MM(spec.length, 2 * spec.width); // a pool table is twice as long as it is wide
    QVERIFY(&tableSpec(size) == &spec);      // built once, shared
}

void TestTableSpec::pocketCentres_data()
{
    QTest::addColumn<TableSize>("size");
    QTest::addColumn<PocketId>("pocket");
    QTest::addColumn<double>("xInches");
    QTest::addColumn<double>("yInches");
    for (const SizeRow &size : kSizeRows) {
        for (const PocketRow &pocket : kPocketRows) {
            QTest::newRow(rowName(size, pocket.name).constData())
                << size.size << pocket.pocket << size.lengthInches * pocket.xOfLength
                << size.widthInches * pocket.yOfWidth;
        }
    }
}

void TestTableSpec::pocketCentres()
{
    QFETCH(TableSize, size);
    QFETCH(PocketId, pocket);
    QFETCH(double, xInches);
    QFETCH(double, yInches);

    const TableSpec &spec = tableSpec(size);
    const Pocket &found = spec.pocket(pocket);
    QCOMPARE(found.id, pocket);
    COMPARE_MM(found.centre, (Vec2{inches(xInches), inches(yInches)}));
    QVERIFY(spec.isOnPlayingSurface(found.centre));
}

void TestTableSpec::pocketMouths_data()
{
    QTest::addColumn<TableSize>("size");
    QTest::addColumn<PocketId>("pocket");
    QTest::addColumn<bool>("corner");
    QTest::addColumn<double>("minInches");
    QTest::addColumn<double>("maxInches");
    for (const SizeRow &size : kSizeRows) {
        for (const PocketRow &pocket : kPocketRows) {
            const bool corner = pocket.xOfLength != 0.5;
            // WPA: corner mouth 4.5 to 4.625 in, side mouth 5 to 5.125 in.
            QTest::newRow(rowName(size, pocket.name).constData())
                << size.size << pocket.pocket << corner << (corner ? 4.5 : 5.0)
                << (corner ? 4.625 : 5.125);
        }
    }
}

void TestTableSpec::pocketMouths()
{
    QFETCH(TableSize, size);
    QFETCH(PocketId, pocket);
    QFETCH(bool, corner);
    QFETCH(double, minInches);
    QFETCH(double, maxInches);

    const TableSpec &spec = tableSpec(size);
    const Pocket &found = spec.pocket(pocket);
    QCOMPARE(isCornerPocket(pocket), corner);
    COMPARE_MM(found.mouthWidth, corner ? spec.cornerMouth : spec.sideMouth);
    QVERIFY2(
        found.mouthWidth >= inches(minInches) && found.mouthWidth <= inches(maxInches),
        QByteArray(text(toInches(found.mouthWidth)) + " in is outside the WPA range").constData());
    COMPARE_MM(distance(found.jawA, found.jawB), found.mouthWidth);
}

void TestTableSpec::cornerJaws_data()
{
    QTest::addColumn<TableSize>("size");
    QTest::addColumn<PocketId>("pocket");
    QTest::addColumn<double>("longRailY"); // the long rail's nose line through the corner
    QTest::addColumn<double>("endRailX");  // the head or foot rail's nose line
    for (const SizeRow &size : kSizeRows) {
        for (const PocketRow &pocket : kPocketRows) {
            if (pocket.xOfLength == 0.5)
                continue;
            QTest::newRow(rowName(size, pocket.name).constData())
                << size.size << pocket.pocket << inches(size.widthInches * pocket.yOfWidth)
                << inches(size.lengthInches * pocket.xOfLength);
        }
    }
}

void TestTableSpec::cornerJaws()
{
    QFETCH(TableSize, size);
    QFETCH(PocketId, pocket);
    QFETCH(double, longRailY);
    QFETCH(double, endRailX);

    const TableSpec &spec = tableSpec(size);
    const Pocket &found = spec.pocket(pocket);
    // One jaw on each cushion nose line that meets at the corner, the same distance from it
    // (the mouth is cut square to the diagonal).
    const bool aOnLongRail = isClose(found.jawA.y, longRailY);
    const Vec2 onLongRail = aOnLongRail ? found.jawA : found.jawB;
    const Vec2 onEndRail = aOnLongRail ? found.jawB : found.jawA;
    COMPARE_MM(onLongRail.y, longRailY);
    COMPARE_MM(onEndRail.x, endRailX);
    QVERIFY2(!isClose(onLongRail.x, endRailX), "both jaws sit on the corner itself");
    QVERIFY2(!isClose(onEndRail.y, longRailY), "both jaws sit on the corner itself");
    const double leg = found.mouthWidth / std::sqrt(2.0);
    COMPARE_MM(distance(onLongRail, found.centre), leg);
    COMPARE_MM(distance(onEndRail, found.centre), leg);
    QVERIFY2(spec.isOnPlayingSurface(onLongRail), text(onLongRail).constData());
    QVERIFY2(spec.isOnPlayingSurface(onEndRail), text(onEndRail).constData());
}

void TestTableSpec::sideJaws_data()
{
    QTest::addColumn<TableSize>("size");
    QTest::addColumn<PocketId>("pocket");
    QTest::addColumn<double>("railY");
    for (const SizeRow &size : kSizeRows) {
        QTest::newRow(rowName(size, "side-left").constData())
            << size.size << PocketId::SideLeft << 0.0;
        QTest::newRow(rowName(size, "side-right").constData())
            << size.size << PocketId::SideRight << inches(size.widthInches);
    }
}

void TestTableSpec::sideJaws()
{
    QFETCH(TableSize, size);
    QFETCH(PocketId, pocket);
    QFETCH(double, railY);

    const TableSpec &spec = tableSpec(size);
    const Pocket &found = spec.pocket(pocket);
    COMPARE_MM(found.jawA.y, railY);
    COMPARE_MM(found.jawB.y, railY);
    const double half = found.mouthWidth / 2;
    const double low = std::min(found.jawA.x, found.jawB.x);
    const double high = std::max(found.jawA.x, found.jawB.x);
    COMPARE_MM(low, spec.length / 2 - half);
    COMPARE_MM(high, spec.length / 2 + half);
    QVERIFY(spec.isOnPlayingSurface(found.jawA));
    QVERIFY(spec.isOnPlayingSurface(found.jawB));
}

void TestTableSpec::pocketKeys_data()
{
    QTest::addColumn<PocketId>("pocket");
    QTest::addColumn<QString>("key");
    QTest::newRow("head-left") << PocketId::HeadLeft << QStringLiteral("head-left");
    QTest::newRow("head-right") << PocketId::HeadRight << QStringLiteral("head-right");
    QTest::newRow("side-left") << PocketId::SideLeft << QStringLiteral("side-left");
    QTest::newRow("side-right") << PocketId::SideRight << QStringLiteral("side-right");
    QTest::newRow("foot-left") << PocketId::FootLeft << QStringLiteral("foot-left");
    QTest::newRow("foot-right") << PocketId::FootRight << QStringLiteral("foot-right");
}

void TestTableSpec::pocketKeys()
{
    QFETCH(PocketId, pocket);
    QFETCH(QString, key);

    QCOMPARE(pocketKey(pocket), key);
    QCOMPARE(pocketFromKey(key), std::optional<PocketId>(pocket));
    QVERIFY(std::find(kAllPockets.begin(), kAllPockets.end(), pocket) != kAllPockets.end());
    QCOMPARE(kAllPockets[static_cast<size_t>(pocket)], pocket); // TableSpec::pocket indexes so
}

void TestTableSpec::unknownPocketKeys_data()
{
    QTest::addColumn<QString>("key");
    QTest::newRow("empty") << QString();
    QTest::newRow("upper case") << QStringLiteral("Head-Left");
    QTest::newRow("underscore") << QStringLiteral("head_left");
    QTest::newRow("space") << QStringLiteral("foot left");
    QTest::newRow("trailing space") << QStringLiteral("foot-left ");
    QTest::newRow("corner") << QStringLiteral("corner");
    QTest::newRow("middle") << QStringLiteral("side-middle");
}

void TestTableSpec::unknownPocketKeys()
{
    QFETCH(QString, key);
    QCOMPARE(pocketFromKey(key), std::optional<PocketId>());
}

void TestTableSpec::stringsAndSpots_data()
{
    addSizeRows();
}

void TestTableSpec::stringsAndSpots()
{
    QFETCH(TableSize, size);
    QFETCH(double, lengthInches);
    QFETCH(double, widthInches);

    const TableSpec &spec = tableSpec(size);
    const double l = inches(lengthInches);
    const double w = inches(widthInches);
    COMPARE_MM(spec.headStringX, l / 4);
    COMPARE_MM(spec.footStringX, 3 * l / 4);
    COMPARE_MM(spec.headSpot, (Vec2{l / 4, w / 2}));
    COMPARE_MM(spec.centreSpot, (Vec2{l / 2, w / 2}));
    COMPARE_MM(spec.footSpot, (Vec2{3 * l / 4, w / 2}));
    // The head string runs through the second diamonds from the head rail.
    const auto secondDiamond = std::count_if(
        spec.diamonds.begin(), spec.diamonds.end(), [&spec](const Diamond &diamond) {
            return isClose(diamond.onCushionNose.x, spec.headStringX);
        });
    QCOMPARE(secondDiamond, std::ptrdiff_t(2));
}

void TestTableSpec::diamonds_data()
{
    addSizeRows();
}

void TestTableSpec::diamonds()
{
    QFETCH(TableSize, size);
    QFETCH(double, lengthInches);
    QFETCH(double, widthInches);

    const TableSpec &spec = tableSpec(size);
    const double l = inches(lengthInches);
    const double w = inches(widthInches);
    // WPA: the centre of a sight is 3 11/16 in from the nose of the cushion.
    COMPARE_MM(spec.diamondSetback, inches(3.6875));
    QCOMPARE(spec.diamonds.size(), size_t(18));

    struct Expected
    {
        const char *name;
        Diamond::Rail rail;
        std::vector<double> along; // x on the long rails, y on the short rails
        Vec2 outward;              // from the nose toward the rail top
    };
    const Expected expected[] = {
        {"left",
         Diamond::Rail::Left,
         {l / 8, 2 * l / 8, 3 * l / 8, 5 * l / 8, 6 * l / 8, 7 * l / 8},
         {0, -1}},
        {"right",
         Diamond::Rail::Right,
         {l / 8, 2 * l / 8, 3 * l / 8, 5 * l / 8, 6 * l / 8, 7 * l / 8},
         {0, 1}},
        {"head", Diamond::Rail::Head, {w / 4, 2 * w / 4, 3 * w / 4}, {-1, 0}},
        {"foot", Diamond::Rail::Foot, {w / 4, 2 * w / 4, 3 * w / 4}, {1, 0}},
    };
    for (const Expected &rail : expected) {
        std::vector<double> along;
        for (const Diamond &diamond : spec.diamonds) {
            if (diamond.rail != rail.rail)
                continue;
            const bool longRail
                = rail.rail == Diamond::Rail::Left || rail.rail == Diamond::Rail::Right;
            const double noseLine = rail.rail == Diamond::Rail::Left    ? 0.0
                                    : rail.rail == Diamond::Rail::Right ? w
                                    : rail.rail == Diamond::Rail::Head  ? 0.0
                                                                        : l;
            const QByteArray where
                = QByteArray(rail.name) + " rail diamond at " + text(diamond.onCushionNose);
            QVERIFY2(
                isClose(longRail ? diamond.onCushionNose.y : diamond.onCushionNose.x, noseLine),
                QByteArray(where + " is off the cushion nose").constData());
            QVERIFY2(isClose(diamond.position,
                             diamond.onCushionNose + rail.outward * spec.diamondSetback),
                     QByteArray(where + ": sight at " + text(diamond.position)).constData());
            QVERIFY2(!spec.isOnPlayingSurface(diamond.position),
                     QByteArray(where + ": sight lies on the bed").constData());
            along.push_back(longRail ? diamond.onCushionNose.x : diamond.onCushionNose.y);
        }
        std::sort(along.begin(), along.end());
        QVERIFY2(along.size() == rail.along.size(),
                 QByteArray(QByteArray(rail.name) + " rail has " + QByteArray::number(along.size())
                            + " diamonds")
                     .constData());
        for (size_t i = 0; i < along.size(); ++i)
            COMPARE_MM(along[i], rail.along[i]);
    }
    // No diamond where the side pockets stand.
    for (const Diamond &diamond : spec.diamonds)
        QVERIFY2(!isClose(diamond.onCushionNose.x, l / 2), text(diamond.onCushionNose).constData());
}

void TestTableSpec::sizeKeys_data()
{
    QTest::addColumn<TableSize>("size");
    QTest::addColumn<QString>("key");
    QTest::addColumn<int>("feet");
    QTest::newRow("seven-foot") << TableSize::SevenFoot << QStringLiteral("7ft") << 7;
    QTest::newRow("eight-foot") << TableSize::EightFoot << QStringLiteral("8ft") << 8;
    QTest::newRow("eight-foot oversized")
        << TableSize::EightFootOversized << QStringLiteral("8ft-oversized") << 8;
    QTest::newRow("nine-foot") << TableSize::NineFoot << QStringLiteral("9ft") << 9;
}

void TestTableSpec::sizeKeys()
{
    QFETCH(TableSize, size);
    QFETCH(QString, key);
    QFETCH(int, feet);

    QCOMPARE(tableSizeKey(size), key);
    QCOMPARE(tableSizeFromKey(key), std::optional<TableSize>(size));
    QCOMPARE(tableSizeFromKey(tableSizeKey(size)), std::optional<TableSize>(size));
    QCOMPARE(nominalFeet(size), feet);
    QVERIFY(std::find(kAllTableSizes.begin(), kAllTableSizes.end(), size) != kAllTableSizes.end());
}

void TestTableSpec::unknownSizeKeys_data()
{
    QTest::addColumn<QString>("key");
    QTest::newRow("empty") << QString();
    QTest::newRow("bare number") << QStringLiteral("9");
    QTest::newRow("upper case") << QStringLiteral("9FT");
    QTest::newRow("with a space") << QStringLiteral("9 ft");
    QTest::newRow("leading space") << QStringLiteral(" 9ft");
    QTest::newRow("ten-foot") << QStringLiteral("10ft");
    QTest::newRow("six-foot") << QStringLiteral("6ft");
    QTest::newRow("oversized in capitals") << QStringLiteral("8ft-Oversized");
    QTest::newRow("oversized with a space") << QStringLiteral("8ft oversized");
    QTest::newRow("oversized nine-foot") << QStringLiteral("9ft-oversized");
    QTest::newRow("spelt out") << QStringLiteral("nine-foot");
}

void TestTableSpec::unknownSizeKeys()
{
    QFETCH(QString, key);
    QCOMPARE(tableSizeFromKey(key), std::optional<TableSize>());
}

void TestTableSpec::behindHeadString_data()
{
    QTest::addColumn<TableSize>("size");
    QTest::addColumn<double>("xInches");
    QTest::addColumn<double>("yInches");
    QTest::addColumn<bool>("behind");
    QTest::newRow("nine-foot head-left corner") << TableSize::NineFoot << 0.0 << 0.0 << true;
    QTest::newRow("nine-foot middle of the kitchen") << TableSize::NineFoot << 12.5 << 25.0 << true;
    QTest::newRow("nine-foot just short of the string")
        << TableSize::NineFoot << 24.9 << 49.0 << true;
    QTest::newRow("nine-foot just past the string") << TableSize::NineFoot << 25.1 << 1.0 << false;
    QTest::newRow("nine-foot centre spot") << TableSize::NineFoot << 50.0 << 25.0 << false;
    QTest::newRow("nine-foot foot spot") << TableSize::NineFoot << 75.0 << 25.0 << false;
    QTest::newRow("seven-foot just short of the string")
        << TableSize::SevenFoot << 19.4 << 10.0 << true;
    QTest::newRow("seven-foot just past the string")
        << TableSize::SevenFoot << 19.6 << 10.0 << false;
    QTest::newRow("eight-foot just short of the string")
        << TableSize::EightFoot << 21.9 << 22.0 << true;
    QTest::newRow("eight-foot just past the string")
        << TableSize::EightFoot << 22.1 << 22.0 << false;
    QTest::newRow("eight-foot oversized just short of the string")
        << TableSize::EightFootOversized << 22.9 << 23.0 << true;
    QTest::newRow("eight-foot oversized where the eight-foot string is")
        << TableSize::EightFootOversized << 22.5 << 23.0 << true;
    QTest::newRow("eight-foot oversized just past the string")
        << TableSize::EightFootOversized << 23.1 << 23.0 << false;
}

void TestTableSpec::behindHeadString()
{
    QFETCH(TableSize, size);
    QFETCH(double, xInches);
    QFETCH(double, yInches);
    QFETCH(bool, behind);
    QCOMPARE(tableSpec(size).isBehindHeadString(Vec2{inches(xInches), inches(yInches)}), behind);
}

void TestTableSpec::headStringItselfIsNotBehind_data()
{
    addSizeRows();
}

void TestTableSpec::headStringItselfIsNotBehind()
{
    QFETCH(TableSize, size);
    const TableSpec &spec = tableSpec(size);
    // WPA: the kitchen is the area between the head rail and the head string, the string
    // itself not included; the head spot lies on it.
    QVERIFY(!spec.isBehindHeadString(spec.headSpot));
    QVERIFY(!spec.isBehindHeadString(Vec2{spec.headStringX, 0.0}));
    QVERIFY(spec.isBehindHeadString(Vec2{spec.headStringX - kToleranceMm, spec.width}));
}

QTEST_GUILESS_MAIN(TestTableSpec)

#include "tst_tablespec.moc"
