// One table as its clients see it: a LiveTable following a real scoreboard and referee with a
// match stored in a temporary SQLite database. What it publishes when a match starts, seats
// taken and left, players' requests, a match set up from a phone, chat, the balls' states,
// and the snapshot a joining client gets.

#include "../rules/rackplay.h"

#include <live/livetable.h>

#include <storage/database.h>
#include <storage/databaselocation.h>
#include <support/resulterror.h>
#include <venue/scoreboard.h>
#include <venue/tablematch.h>
#include <venue/tablereferee.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace dojo;
using namespace dojo::rules;
using namespace dojo::rules::play;
using dojo::live::LiveTable;
using dojo::live::LiveTableInfo;
using dojo::live::OutgoingPtr;
using dojo::testsupport::errorOf;
using dojo::venue::PlayerRequest;
using dojo::venue::TableMatch;
using dojo::venue::TableReferee;
using dojo::venue::TableScoreboard;

namespace {

const std::array<QString, 2> kPlayers = {QStringLiteral("Ada"), QStringLiteral("Bo")};
constexpr qint64 kFirstSeq = 1764743470000000;
constexpr quint64 kPhone = 1;
constexpr quint64 kOtherPhone = 2;

QJsonObject jsonOf(const OutgoingPtr &message)
{
    return QJsonDocument::fromJson(message->text.toUtf8()).object();
}

QString typeOf(const QJsonObject &message)
{
    return message.value(QStringLiteral("type")).toString();
}

// The seats of a `seats` message or a snapshot as "Ada+ Bo-" (+ taken, - free).
QString seatsText(const QJsonArray &seats)
{
    QStringList listed;
    for (const QJsonValue &seat : seats) {
        listed << seat[QStringLiteral("name")].toString()
                      + (seat[QStringLiteral("taken")].toBool() ? QStringLiteral("+")
                                                                : QStringLiteral("-"));
    }
    return listed.join(QLatin1Char(' '));
}

PlayerRequest callRequest(int ball, PocketId pocket)
{
    PlayerRequest request;
    request.kind = PlayerRequest::Kind::Call;
    request.call = Call{false, ball, pocket};
    return request;
}

PlayerRequest safetyRequest()
{
    PlayerRequest request;
    request.kind = PlayerRequest::Kind::Safety;
    return request;
}

std::vector<BallPosition> ballsAt(double cueX, double oneX)
{
    return {BallPosition{0, Vec2{cueX, 635.0}}, BallPosition{1, Vec2{oneX, 600.0}}};
}

} // namespace

Q_DECLARE_METATYPE(dojo::venue::PlayerRequest)

class tst_LiveTable : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void firstMatchPublishesMatchAndSeats();
    void seatsTakenAndLeft();
    void requestWithoutSeat();
    void callFromTheSeatAtTurn();
    void requestRefusedByTheReferee_data();
    void requestRefusedByTheReferee();
    void setupOnTableWithMatch();
    void setupStartsMatchAndSeatsTheSender();
    void setupWithoutStarter();
    void chat();
    void statesWhileMovingThenOnceAtRest();
    void velocities();
    void snapshot();

private:
    void startMatch(Game game, int raceTo = 0);
    void track(const Shot &shot);
    std::vector<QJsonObject> publishedOfType(const QString &type) const;
    QStringList publishedTypes() const;

    std::unique_ptr<QTemporaryDir> m_folder;
    std::unique_ptr<storage::Database> m_database;
    std::unique_ptr<TableScoreboard> m_scoreboard;
    std::unique_ptr<TableReferee> m_referee;
    std::unique_ptr<LiveTable> m_table;
    std::vector<OutgoingPtr> m_published;
    int m_shots = 0;
};

void tst_LiveTable::init()
{
    m_folder = std::make_unique<QTemporaryDir>();
    QVERIFY(m_folder->isValid());
    Result<std::unique_ptr<storage::Database>> opened
        = storage::Database::open(storage::sqliteInDataFolder(m_folder->path()));
    QVERIFY2(opened, qPrintable(errorOf(opened)));
    m_database = std::move(*opened);
    m_scoreboard = std::make_unique<TableScoreboard>();
    m_referee = std::make_unique<TableReferee>(*m_scoreboard);
    LiveTableInfo info;
    info.id = 1;
    info.name = QStringLiteral("Table 1");
    info.size = TableSize::NineFoot;
    info.status = QStringLiteral("free");
    info.camera = QStringLiteral("none");
    m_table = std::make_unique<LiveTable>(info, kFirstSeq);
    m_published.clear();
    m_shots = 0;
    connect(m_table.get(), &LiveTable::published, this,
            [this](const OutgoingPtr &message) { m_published.push_back(message); });
    m_table->follow(m_scoreboard.get(), m_referee.get());
}

void tst_LiveTable::cleanup()
{
    m_table.reset();
    m_referee.reset();
    m_scoreboard.reset();
    m_database.reset();
    m_folder.reset();
}

void tst_LiveTable::startMatch(Game game, int raceTo)
{
    MatchSetup setup = setupFor(game);
    setup.raceTo = raceTo;
    Result<std::unique_ptr<TableMatch>> started
        = TableMatch::start(*m_database, std::nullopt, setup, kPlayers);
    QVERIFY2(started, qPrintable(errorOf(started)));
    m_referee->follow(std::move(*started));
}

// The camera tracked `shot`: the referee rules it at once (no review).
void tst_LiveTable::track(const Shot &shot)
{
    venue::TrackedShotReport report;
    report.number = ++m_shots;
    report.shot = shot.record();
    report.shot.isBreak = false; // the referee takes it from the rack
    m_referee->shotTracked(report);
}

std::vector<QJsonObject> tst_LiveTable::publishedOfType(const QString &type) const
{
    std::vector<QJsonObject> found;
    for (const OutgoingPtr &message : m_published)
        if (const QJsonObject json = jsonOf(message); typeOf(json) == type)
            found.push_back(json);
    return found;
}

QStringList tst_LiveTable::publishedTypes() const
{
    QStringList types;
    for (const OutgoingPtr &message : m_published)
        types << typeOf(jsonOf(message));
    return types;
}

void tst_LiveTable::firstMatchPublishesMatchAndSeats()
{
    QVERIFY2(m_published.empty(), qPrintable(publishedTypes().join(QLatin1Char(' '))));
    QCOMPARE(m_table->matchJson(), QJsonValue(QJsonValue::Null));
    startMatch(Game::NineBall, 5);
    QVERIFY2(publishedTypes().contains(QStringLiteral("match")),
             qPrintable(publishedTypes().join(QLatin1Char(' '))));
    QVERIFY2(publishedTypes().contains(QStringLiteral("seats")),
             qPrintable(publishedTypes().join(QLatin1Char(' '))));
    const QJsonObject match = publishedOfType(QStringLiteral("match")).back();
    QCOMPARE(match[QStringLiteral("match")][QStringLiteral("game")].toString(),
             QStringLiteral("nine-ball"));
    QCOMPARE(match[QStringLiteral("match")][QStringLiteral("players")].toArray(),
             (QJsonArray{kPlayers[0], kPlayers[1]}));
    QCOMPARE(match[QStringLiteral("match")][QStringLiteral("race")].toInt(), 5);
    QCOMPARE(match[QStringLiteral("match")][QStringLiteral("turn")].toInt(-1), 0);
    QCOMPARE(match[QStringLiteral("match")][QStringLiteral("winner")],
             QJsonValue(QJsonValue::Null));
    QCOMPARE(
        seatsText(
            publishedOfType(QStringLiteral("seats")).back()[QStringLiteral("seats")].toArray()),
        QStringLiteral("Ada- Bo-"));
    // Numbered by one from the table's first seq.
    for (std::size_t i = 0; i < m_published.size(); ++i)
        QCOMPARE(m_published[i]->seq, kFirstSeq + qint64(i));
}

void tst_LiveTable::seatsTakenAndLeft()
{
    startMatch(Game::NineBall);
    QVERIFY(m_table->sit(kPhone, 0));
    QCOMPARE(m_table->seatOf(kPhone), std::optional<Seat>(0));
    QCOMPARE(typeOf(jsonOf(m_published.back())), QStringLiteral("seats"));
    QCOMPARE(seatsText(jsonOf(m_published.back())[QStringLiteral("seats")].toArray()),
             QStringLiteral("Ada+ Bo-"));

    const std::size_t before = m_published.size();
    const Result<void> taken = m_table->sit(kOtherPhone, 0);
    QVERIFY(!taken);
    QCOMPARE(taken.error(), QStringLiteral("Ada's seat is taken on another phone."));
    QCOMPARE(m_published.size(), before);
    QCOMPARE(m_table->seatOf(kOtherPhone), std::nullopt);

    QVERIFY(m_table->sit(kOtherPhone, 1));
    QCOMPARE(seatsText(jsonOf(m_published.back())[QStringLiteral("seats")].toArray()),
             QStringLiteral("Ada+ Bo+"));

    m_table->leave(kPhone);
    QCOMPARE(m_table->seatOf(kPhone), std::nullopt);
    QCOMPARE(typeOf(jsonOf(m_published.back())), QStringLiteral("seats"));
    QCOMPARE(seatsText(jsonOf(m_published.back())[QStringLiteral("seats")].toArray()),
             QStringLiteral("Ada- Bo+"));
    QVERIFY2(m_table->sit(kOtherPhone, 0), "a phone moves to the seat just freed");
    QCOMPARE(seatsText(jsonOf(m_published.back())[QStringLiteral("seats")].toArray()),
             QStringLiteral("Ada+ Bo-"));

    // Leaving without a seat tells nobody.
    const std::size_t quiet = m_published.size();
    m_table->leave(kPhone);
    QCOMPARE(m_published.size(), quiet);
}

void tst_LiveTable::requestWithoutSeat()
{
    startMatch(Game::EightBall);
    track(breakShot().hits(1).pots(3).rails({9}));
    const Result<void> refused = m_table->request(kPhone, callRequest(1, PocketId::FootLeft));
    QVERIFY(!refused);
    QCOMPARE(refused.error(), QStringLiteral("Sit down first: choose which player you are."));
    QVERIFY(publishedOfType(QStringLiteral("announced")).empty());
}

void tst_LiveTable::callFromTheSeatAtTurn()
{
    startMatch(Game::EightBall);
    track(breakShot().hits(1).pots(3).rails({9})); // Ada continues, the table open
    const std::vector<QJsonObject> rulings = publishedOfType(QStringLiteral("ruling"));
    QCOMPARE(rulings.size(), std::size_t(1));
    QCOMPARE(rulings.front()[QStringLiteral("shot")].toInt(), 1);
    QCOMPARE(rulings.front()[QStringLiteral("waiting")].toBool(true), false);
    QVERIFY(!rulings.front()[QStringLiteral("sentence")].toString().isEmpty());

    QVERIFY(m_table->sit(kPhone, 0));
    const Result<void> called = m_table->request(kPhone, callRequest(1, PocketId::FootLeft));
    QVERIFY2(called, qPrintable(errorOf(called)));
    const QJsonObject announced = jsonOf(m_published.back());
    QCOMPARE(typeOf(announced), QStringLiteral("announced"));
    QCOMPARE(announced[QStringLiteral("seat")].toInt(-1), 0);
    QCOMPARE(announced[QStringLiteral("request")].toString(), QStringLiteral("call"));
    QCOMPARE(announced[QStringLiteral("ball")].toInt(), 1);
    QCOMPARE(announced[QStringLiteral("pocket")].toString(), QStringLiteral("foot-left"));
    QCOMPARE(announced[QStringLiteral("sentence")].toString(),
             QStringLiteral("Ada calls the 1 in the foot-left pocket."));
    QCOMPARE(announced[QStringLiteral("seq")].toInteger(), m_published.back()->seq);

    // The call goes with the next shot: Ada makes the 1 where she called it.
    track(made(1, FootLeft));
    QCOMPARE(m_referee->shot(2)->ruledShot.call, std::optional<Call>(Call{false, 1, FootLeft}));
}

void tst_LiveTable::requestRefusedByTheReferee_data()
{
    QTest::addColumn<int>("seat");
    QTest::addColumn<PlayerRequest>("request");
    QTest::addColumn<QString>("refusal");

    QTest::newRow("not at turn") << 1 << safetyRequest() << QStringLiteral("It is Ada's turn.");
    QTest::newRow("the 8 on an open table")
        << 0 << callRequest(8, PocketId::SideLeft)
        << QStringLiteral("The 8 cannot be called while the table is open.");
    QTest::newRow("a ball not on the table")
        << 0 << callRequest(3, PocketId::FootLeft) << QStringLiteral("The 3 is not on the table.");
}

void tst_LiveTable::requestRefusedByTheReferee()
{
    QFETCH(int, seat);
    QFETCH(PlayerRequest, request);
    QFETCH(QString, refusal);

    startMatch(Game::EightBall);
    track(breakShot().hits(1).pots(3).rails({9}));
    QVERIFY(m_table->sit(kPhone, Seat(seat)));
    const std::size_t before = m_published.size();
    const Result<void> refused = m_table->request(kPhone, request);
    QVERIFY(!refused);
    QCOMPARE(refused.error(), refusal);
    QCOMPARE(m_published.size(), before);
}

void tst_LiveTable::setupOnTableWithMatch()
{
    startMatch(Game::NineBall);
    bool started = false;
    m_table->setMatchStarter([&](const MatchSetup &, const std::array<QString, 2> &) {
        started = true;
        return Result<void>();
    });
    live::SetupMessage setup;
    setup.game = Game::EightBall;
    setup.race = 3;
    setup.players = {QStringLiteral("Cy"), QStringLiteral("Di")};
    const Result<void> refused = m_table->setup(kPhone, setup);
    QVERIFY(!refused);
    QCOMPARE(refused.error(), QStringLiteral("Table 1 already has a match: Ada against Bo."));
    QVERIFY(!started);
}

void tst_LiveTable::setupStartsMatchAndSeatsTheSender()
{
    std::optional<MatchSetup> asked;
    m_table->setMatchStarter(
        [&](const MatchSetup &setup, const std::array<QString, 2> &players) -> Result<void> {
            asked = setup;
            Result<std::unique_ptr<TableMatch>> started
                = TableMatch::start(*m_database, std::nullopt, setup, players);
            if (!started)
                return Unexpected(started.error());
            m_referee->follow(std::move(*started));
            return {};
        });
    live::SetupMessage setup;
    setup.game = Game::TenBall;
    setup.race = 4;
    setup.players = {QStringLiteral("Cy"), QStringLiteral("Di")};
    setup.seat = 1;
    const Result<void> done = m_table->setup(kPhone, setup);
    QVERIFY2(done, qPrintable(errorOf(done)));
    QVERIFY(asked);
    QCOMPARE(asked->game, Game::TenBall);
    QCOMPARE(asked->raceTo, 4);

    const std::vector<QJsonObject> matches = publishedOfType(QStringLiteral("match"));
    QCOMPARE(matches.size(), std::size_t(1));
    const QJsonValue match = matches.front()[QStringLiteral("match")];
    QCOMPARE(match[QStringLiteral("game")].toString(), QStringLiteral("ten-ball"));
    QCOMPARE(match[QStringLiteral("players")].toArray(),
             (QJsonArray{QStringLiteral("Cy"), QStringLiteral("Di")}));
    QCOMPARE(m_table->seatOf(kPhone), std::optional<Seat>(1));
    QCOMPARE(typeOf(jsonOf(m_published.back())), QStringLiteral("seats"));
    QCOMPARE(seatsText(jsonOf(m_published.back())[QStringLiteral("seats")].toArray()),
             QStringLiteral("Cy- Di+"));
}

void tst_LiveTable::setupWithoutStarter()
{
    live::SetupMessage setup;
    setup.game = Game::NineBall;
    setup.race = 3;
    setup.players = {QStringLiteral("Cy"), QStringLiteral("Di")};
    const Result<void> refused = m_table->setup(kPhone, setup);
    QVERIFY(!refused);
    QCOMPARE(refused.error(), QStringLiteral("This table has no automatic referee running."));
    QVERIFY(m_published.empty());
}

void tst_LiveTable::chat()
{
    startMatch(Game::NineBall);
    QVERIFY(m_table->sit(kPhone, 1));
    QVERIFY(m_table->chat(kPhone, QStringLiteral("nice shot")));
    const QJsonObject line = jsonOf(m_published.back());
    QCOMPARE(typeOf(line), QStringLiteral("chat"));
    QCOMPARE(line[QStringLiteral("from")].toString(), QStringLiteral("Bo"));
    QCOMPARE(line[QStringLiteral("text")].toString(), QStringLiteral("nice shot"));
    QVERIFY(line[QStringLiteral("at")].toInteger() > 0);

    QVERIFY(m_table->chat(kOtherPhone, QStringLiteral("hello")));
    QCOMPARE(jsonOf(m_published.back())[QStringLiteral("from")].toString(),
             QStringLiteral("A player"));

    // The snapshot holds the last 20 lines.
    for (int i = 0; i < 25; ++i)
        QVERIFY(m_table->chat(kPhone, QString::number(i)));
    const QJsonArray chat = QJsonDocument::fromJson(m_table->snapshot(true, 1).toUtf8())
                                .object()[QStringLiteral("chat")]
                                .toArray();
    QCOMPARE(chat.size(), 20);
    QCOMPARE(chat.last()[QStringLiteral("text")].toString(), QStringLiteral("24"));
    QCOMPARE(chat.first()[QStringLiteral("text")].toString(), QStringLiteral("5"));
}

void tst_LiveTable::statesWhileMovingThenOnceAtRest()
{
    std::vector<BallPosition> balls = ballsAt(635.0, 1905.0);
    balls.push_back(BallPosition{16, Vec2{10.0, 10.0}}); // no such ball: not listed
    m_table->showBalls(balls);
    std::vector<QJsonObject> states = publishedOfType(QStringLiteral("state"));
    QCOMPARE(states.size(), std::size_t(1)); // the first movement goes out at once
    QCOMPARE(states[0][QStringLiteral("moving")].toBool(false), true);
    const QJsonArray listed = states[0][QStringLiteral("balls")].toArray();
    QCOMPARE(listed.size(), 2);
    QCOMPARE(listed[0][QStringLiteral("n")].toInt(), 0);
    QCOMPARE(listed[1][QStringLiteral("n")].toInt(), 1);
    QCOMPARE(listed[1][QStringLiteral("x")].toDouble(), 1905.0);
    QCOMPARE(listed[1][QStringLiteral("y")].toDouble(), 600.0);

    // The same positions again: once at rest, then nothing.
    m_table->showBalls(balls);
    QTRY_COMPARE_WITH_TIMEOUT(publishedOfType(QStringLiteral("state")).size(), std::size_t(2),
                              2000);
    states = publishedOfType(QStringLiteral("state"));
    QCOMPARE(states[1][QStringLiteral("moving")].toBool(true), false);
    for (const QJsonValue &ball : states[1][QStringLiteral("balls")].toArray()) {
        QCOMPARE(ball[QStringLiteral("vx")].toDouble(-1), 0.0);
        QCOMPARE(ball[QStringLiteral("vy")].toDouble(-1), 0.0);
    }
    QTest::qWait(200);
    m_table->showBalls(balls);
    QTest::qWait(200);
    QCOMPARE(publishedOfType(QStringLiteral("state")).size(), std::size_t(2));
    // States are numbered among the other messages.
    QCOMPARE(m_published.back()->seq, kFirstSeq + qint64(m_published.size()) - 1);
    QVERIFY(m_published.back()->isState);
}

// Not a timing assertion: the sign and the order of magnitude of a ball moved 10 mm between
// two states about 33 ms apart.
void tst_LiveTable::velocities()
{
    m_table->showBalls(ballsAt(635.0, 1905.0));
    m_table->showBalls(ballsAt(645.0, 1905.0)); // the cue ball 10 mm toward the foot
    // The second state is the movement; on a slow machine the at-rest state may follow it
    // before this looks.
    QTRY_VERIFY_WITH_TIMEOUT(publishedOfType(QStringLiteral("state")).size() >= 2, 2000);
    const QJsonObject state = publishedOfType(QStringLiteral("state")).at(1);
    QCOMPARE(state[QStringLiteral("moving")].toBool(false), true);
    const QJsonArray balls = state[QStringLiteral("balls")].toArray();
    QCOMPARE(balls.size(), 2);
    const double vx = balls[0][QStringLiteral("vx")].toDouble();
    QVERIFY2(vx > 1.0 && vx < 1000.0, qPrintable(QString::number(vx)));
    QCOMPARE(balls[0][QStringLiteral("vy")].toDouble(-1), 0.0);
    QCOMPARE(balls[0][QStringLiteral("x")].toDouble(), 645.0);
    QCOMPARE(balls[1][QStringLiteral("vx")].toDouble(-1), 0.0);
}

void tst_LiveTable::snapshot()
{
    startMatch(Game::NineBall, 7);
    QVERIFY(m_table->sit(kPhone, 1));
    m_table->showBalls(ballsAt(635.0, 1905.0));

    const QJsonObject player
        = QJsonDocument::fromJson(m_table->snapshot(true, 1).toUtf8()).object();
    QCOMPARE(typeOf(player), QStringLiteral("snapshot"));
    QCOMPARE(player[QStringLiteral("protocol")].toInt(), 1);
    QCOMPARE(player[QStringLiteral("seq")].toInteger(), m_published.back()->seq);
    QCOMPARE(player[QStringLiteral("role")].toString(), QStringLiteral("player"));
    QCOMPARE(player[QStringLiteral("seat")].toInt(-1), 1);
    const QJsonValue table = player[QStringLiteral("table")];
    QCOMPARE(table[QStringLiteral("name")].toString(), QStringLiteral("Table 1"));
    QCOMPARE(table[QStringLiteral("size")].toString(), QStringLiteral("9ft"));
    QCOMPARE(table[QStringLiteral("length_mm")].toDouble(), 2540.0);
    QCOMPARE(table[QStringLiteral("width_mm")].toDouble(), 1270.0);
    QCOMPARE(player[QStringLiteral("match")][QStringLiteral("race")].toInt(), 7);
    QCOMPARE(player[QStringLiteral("match")], m_table->matchJson());
    QCOMPARE(seatsText(player[QStringLiteral("seats")].toArray()), QStringLiteral("Ada- Bo+"));
    QCOMPARE(player[QStringLiteral("balls")].toArray().size(), 2);
    QCOMPARE(player[QStringLiteral("moving")].toBool(false), true);
    QVERIFY(player[QStringLiteral("chat")].isArray());

    const QJsonObject spectator
        = QJsonDocument::fromJson(m_table->snapshot(false, std::nullopt).toUtf8()).object();
    QCOMPARE(spectator[QStringLiteral("role")].toString(), QStringLiteral("spectator"));
    QCOMPARE(spectator[QStringLiteral("seat")], QJsonValue(QJsonValue::Null));
    QCOMPARE(spectator[QStringLiteral("seq")].toInteger(), m_published.back()->seq);
}

QTEST_GUILESS_MAIN(tst_LiveTable)
#include "tst_livetable.moc"
