#include "core/ball.h"
#include "core/units.h"

#include <QObject>
#include <QSet>
#include <QString>
#include <QTest>

#include <cstdint>

using namespace dojo;

Q_DECLARE_METATYPE(dojo::BallKind)

namespace {

int red(std::uint32_t rgb)
{
    return static_cast<int>((rgb >> 16) & 0xFF);
}

int green(std::uint32_t rgb)
{
    return static_cast<int>((rgb >> 8) & 0xFF);
}

int blue(std::uint32_t rgb)
{
    return static_cast<int>(rgb & 0xFF);
}

} // namespace

class TestBallSet : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void constants();
    void numberedInOrder();
    void kinds_data();
    void kinds();
    void stripeSharesSolidColour_data();
    void stripeSharesSolidColour();
    void groupColoursDistinct();
    void eightIsBlackCueIsWhite();
    void diameter();
    void ballNumbers_data();
    void ballNumbers();
};

void TestBallSet::constants()
{
    static_assert(kCueBall == 0);
    static_assert(kEightBall == 8);
    static_assert(kHighestBall == 15);
    static_assert(isBallNumber(kCueBall) && !isObjectBall(kCueBall));
    static_assert(isObjectBall(kEightBall) && isObjectBall(kHighestBall));
    QCOMPARE(ballSet().size(), size_t(16));
}

void TestBallSet::numberedInOrder()
{
    const auto &set = ballSet();
    QVERIFY(&ballSet() == &set); // built once, shared
    for (int number = 0; number <= kHighestBall; ++number) {
        QCOMPARE(set[static_cast<size_t>(number)].number, number);
        QCOMPARE(ball(number).number, number);
        QVERIFY(&ball(number) == &set[static_cast<size_t>(number)]);
    }
}

void TestBallSet::kinds_data()
{
    QTest::addColumn<int>("number");
    QTest::addColumn<BallKind>("kind");
    QTest::addColumn<QString>("colour");
    QTest::newRow("0 cue ball") << 0 << BallKind::Cue << QStringLiteral("white");
    QTest::newRow("1 yellow solid") << 1 << BallKind::Solid << QStringLiteral("yellow");
    QTest::newRow("2 blue solid") << 2 << BallKind::Solid << QStringLiteral("blue");
    QTest::newRow("3 red solid") << 3 << BallKind::Solid << QStringLiteral("red");
    QTest::newRow("4 purple solid") << 4 << BallKind::Solid << QStringLiteral("purple");
    QTest::newRow("5 orange solid") << 5 << BallKind::Solid << QStringLiteral("orange");
    QTest::newRow("6 green solid") << 6 << BallKind::Solid << QStringLiteral("green");
    QTest::newRow("7 maroon solid") << 7 << BallKind::Solid << QStringLiteral("maroon");
    QTest::newRow("8 black eight") << 8 << BallKind::Eight << QStringLiteral("black");
    QTest::newRow("9 yellow stripe") << 9 << BallKind::Stripe << QStringLiteral("yellow");
    QTest::newRow("10 blue stripe") << 10 << BallKind::Stripe << QStringLiteral("blue");
    QTest::newRow("11 red stripe") << 11 << BallKind::Stripe << QStringLiteral("red");
    QTest::newRow("12 purple stripe") << 12 << BallKind::Stripe << QStringLiteral("purple");
    QTest::newRow("13 orange stripe") << 13 << BallKind::Stripe << QStringLiteral("orange");
    QTest::newRow("14 green stripe") << 14 << BallKind::Stripe << QStringLiteral("green");
    QTest::newRow("15 maroon stripe") << 15 << BallKind::Stripe << QStringLiteral("maroon");
}

void TestBallSet::kinds()
{
    QFETCH(int, number);
    QFETCH(BallKind, kind);
    QFETCH(QString, colour);

    const Ball &found = ball(number);
    QCOMPARE(found.kind, kind);
    QCOMPARE(found.colourKey, colour);
    QVERIFY2(found.rgb <= 0xFFFFFFu, "rgb is 0xRRGGBB");
}

void TestBallSet::stripeSharesSolidColour_data()
{
    QTest::addColumn<int>("solid");
    for (int solid = 1; solid <= 7; ++solid) {
        const QByteArray name = QByteArray::number(solid) + " and " + QByteArray::number(solid + 8);
        QTest::newRow(name.constData()) << solid;
    }
}

void TestBallSet::stripeSharesSolidColour()
{
    QFETCH(int, solid);
    const Ball &plain = ball(solid);
    const Ball &striped = ball(solid + 8);
    QCOMPARE(plain.kind, BallKind::Solid);
    QCOMPARE(striped.kind, BallKind::Stripe);
    QCOMPARE(striped.colourKey, plain.colourKey);
    QCOMPARE(striped.rgb, plain.rgb);
}

void TestBallSet::groupColoursDistinct()
{
    QSet<QString> keys;
    QSet<std::uint32_t> colours;
    for (int number = 1; number <= 7; ++number) {
        keys.insert(ball(number).colourKey);
        colours.insert(ball(number).rgb);
    }
    QCOMPARE(keys.size(), 7);
    QCOMPARE(colours.size(), 7);
    // Neither the cue ball's white nor the eight's black is a group colour.
    QVERIFY(!keys.contains(ball(kCueBall).colourKey));
    QVERIFY(!keys.contains(ball(kEightBall).colourKey));
    QVERIFY(!colours.contains(ball(kCueBall).rgb));
    QVERIFY(!colours.contains(ball(kEightBall).rgb));
}

void TestBallSet::eightIsBlackCueIsWhite()
{
    const Ball &eight = ball(kEightBall);
    QCOMPARE(eight.kind, BallKind::Eight);
    QCOMPARE(eight.colourKey, QStringLiteral("black"));
    QVERIFY(red(eight.rgb) < 0x40 && green(eight.rgb) < 0x40 && blue(eight.rgb) < 0x40);

    const Ball &cue = ball(kCueBall);
    QCOMPARE(cue.kind, BallKind::Cue);
    QCOMPARE(cue.colourKey, QStringLiteral("white"));
    QVERIFY(red(cue.rgb) > 0xC0 && green(cue.rgb) > 0xC0 && blue(cue.rgb) > 0xC0);
}

void TestBallSet::diameter()
{
    // WPA: 2.25 in.
    QCOMPARE(kBallDiameter, 57.15);
    QCOMPARE(kBallDiameter, inches(2.25));
    QCOMPARE(kBallRadius * 2, kBallDiameter);
}

void TestBallSet::ballNumbers_data()
{
    QTest::addColumn<int>("number");
    QTest::addColumn<bool>("isBall");
    QTest::addColumn<bool>("isObject");
    QTest::newRow("-1") << -1 << false << false;
    QTest::newRow("0 cue ball") << 0 << true << false;
    QTest::newRow("1 lowest object ball") << 1 << true << true;
    QTest::newRow("8 eight ball") << 8 << true << true;
    QTest::newRow("15 highest object ball") << 15 << true << true;
    QTest::newRow("16") << 16 << false << false;
    QTest::newRow("100") << 100 << false << false;
}

void TestBallSet::ballNumbers()
{
    QFETCH(int, number);
    QFETCH(bool, isBall);
    QFETCH(bool, isObject);
    QCOMPARE(isBallNumber(number), isBall);
    QCOMPARE(isObjectBall(number), isObject);
}

QTEST_GUILESS_MAIN(TestBallSet)

#include "tst_ballset.moc"
