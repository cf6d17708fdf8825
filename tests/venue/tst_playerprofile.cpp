// A player's profile at the desk, on an SQLite file: the profile's new fields edited and undone,
// a duplicate merged and the merge undone (the VenueModel's edits, audited naming the member of
// staff); the racks the ratings count, each player found by name or id through the merge; and
// the history the profile lists (matches by the referee and by hand, table time).
#include "venuefile.h"

#include <storage/database.h>
#include <storage/matchrepository.h>
#include <storage/resultrepository.h>
#include <storage/sessionrepository.h>
#include <storage/venuerepository.h>
#include <support/resulterror.h>
#include <venue/playeredits.h>
#include <venue/playerhistory.h>
#include <venue/racksplayed.h>
#include <venue/venuemodel.h>

#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace dojo;
using dojo::testsupport::errorOf;
using venue::MatchOutcome;
using venue::Player;

namespace {

const venue::Actor kDesk{QStringLiteral("Ana"), venue::Role::Desk, false};
const QString kDeskName = QStringLiteral("staff:Ana");
const QString kNine = QStringLiteral("nine-ball");

QDateTime on(int day, int hour, int minute = 0)
{
    return QDateTime(QDate(2024, 3, day), QTime(hour, minute), Qt::UTC);
}

QString outcomeWord(MatchOutcome outcome)
{
    switch (outcome) {
    case MatchOutcome::Won: return QStringLiteral("won");
    case MatchOutcome::Lost: return QStringLiteral("lost");
    case MatchOutcome::Drawn: return QStringLiteral("drawn");
    case MatchOutcome::Unfinished: return QStringLiteral("unfinished");
    case MatchOutcome::Abandoned: return QStringLiteral("abandoned");
    }
    return {};
}

} // namespace

class tst_PlayerProfile : public QObject, private testsupport::VenueFile
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void aProfileEditIsUndone();
    void aMergeIsUndoneAndRedone();
    void anUnmergeIsUndone();
    void aRefusedMergeChangesNothing();
    void racksCountForThePlayerKept();
    void theHistoryAProfileLists();

private:
    qint64 addPlayer(const QString &name, const QString &nickname = {});
    // A referee's match: each of `rackWinners` ends a rack; finished with `winner` when given.
    void playMatch(qint64 tableId, const std::array<QString, 2> &players, const QDateTime &at,
                   const QStringList &rackWinners, const std::optional<QString> &winner);
    void playAll();
    QStringList racksRows();

    std::unique_ptr<venue::VenueModel> m_model;
    qint64 m_venueId = 0;
    qint64 m_table1 = 0;
    qint64 m_table2 = 0;
    qint64 m_ana = 0;
    qint64 m_duplicate = 0;
    qint64 m_ben = 0;
};

void tst_PlayerProfile::init()
{
    const Result<void> opened = openDatabase();
    QVERIFY2(opened, qPrintable(errorOf(opened)));
    storage::VenueRepository venues(*m_database);
    storage::VenueRecord venue;
    venue.name = QStringLiteral("Corner Pocket");
    storage::TableRecord table;
    table.name = QStringLiteral("Table 1");
    table.status = QStringLiteral("free");
    storage::TableRecord second = table;
    second.name = QStringLiteral("Table 2");
    second.position = 1;
    const Result<qint64> venueId = venues.createVenue(venue, {table, second}, kDeskName);
    QVERIFY2(venueId, qPrintable(errorOf(venueId)));
    m_venueId = *venueId;
    m_table1 = venues.tables(m_venueId)->at(0).id;
    m_table2 = venues.tables(m_venueId)->at(1).id;
    m_ana = addPlayer(QStringLiteral("Ana Souza"), QStringLiteral("Lefty"));
    m_duplicate = addPlayer(QStringLiteral("ana souza"));
    m_ben = addPlayer(QStringLiteral("Ben"));
    QVERIFY(m_ana > 0 && m_duplicate > 0 && m_ben > 0);
    m_model = std::make_unique<venue::VenueModel>(*m_database);
    QVERIFY(m_model->load(m_venueId));
}

void tst_PlayerProfile::cleanup()
{
    m_model.reset();
    closeDatabase();
}

qint64 tst_PlayerProfile::addPlayer(const QString &name, const QString &nickname)
{
    storage::PlayerRecord record;
    record.homeVenueId = m_venueId;
    record.name = name;
    record.nickname = nickname;
    return storage::VenueRepository(*m_database).addPlayer(record).value_or(0);
}

void tst_PlayerProfile::playMatch(qint64 tableId, const std::array<QString, 2> &players,
                                  const QDateTime &at, const QStringList &rackWinners,
                                  const std::optional<QString> &winner)
{
    storage::MatchRepository matches(*m_database);
    storage::MatchRecord match;
    match.tableId = tableId;
    match.game = kNine;
    match.players = players;
    match.startedAt = at;
    storage::RackRecord first{0, 0, 1, players[0], {}, at, {}};
    const Result<qint64> id = matches.createMatch(match, first);
    QVERIFY2(id, qPrintable(errorOf(id)));
    for (int number = 1; number <= rackWinners.size(); ++number) {
        storage::MatchStepRecord step;
        step.matchId = *id;
        step.number = number;
        step.rackNumber = number;
        step.kind = QStringLiteral("shot");
        step.actor = QStringLiteral("tracker");
        step.at = at.addSecs(600 * number);
        storage::MatchStepEffects effects;
        effects.endedRack = storage::RackRecord{0, 0, number, {}, rackWinners[number - 1], {}, {}};
        if (number < rackWinners.size() || !winner)
            effects.startedRack = storage::RackRecord{0, 0, number + 1, players[0], {}, {}, {}};
        if (number == rackWinners.size() && winner) {
            effects.result = storage::MatchStepEffects::Result::Finished;
            effects.winner = *winner;
        }
        const Result<void> appended = matches.appendStep(step, effects);
        QVERIFY2(appended, qPrintable(errorOf(appended)));
    }
}

// The referee's matches and the results by hand of the fixture: see racksCountForThePlayerKept.
void tst_PlayerProfile::playAll()
{
    const QString ana = QStringLiteral("Ana Souza");
    const QString duplicate = QStringLiteral("ana souza");
    const QString ben = QStringLiteral("Ben");
    playMatch(m_table1, {ana, ben}, on(1, 19), {ana, ben, ana}, ana);
    playMatch(m_table2, {QStringLiteral("Lefty"), QStringLiteral("Guest")}, on(2, 19),
              {QStringLiteral("Guest")}, std::nullopt);
    playMatch(m_table1, {ben, duplicate}, on(3, 19), {ben, ben}, ben);
    playMatch(m_table1, {ana, duplicate}, on(5, 19), {ana}, ana); // one person, two seats
    storage::ResultRepository results(*m_database);
    const auto enter = [&](qint64 a, qint64 b, int racksA, int racksB, int day) {
        storage::ResultRecord result;
        result.venueId = m_venueId;
        result.playedOn = QDate(2024, 3, day);
        result.game = kNine;
        result.playerA = a;
        result.playerB = b;
        result.racksA = racksA;
        result.racksB = racksB;
        return results.add(result, kDeskName).value_or(0);
    };
    QVERIFY(enter(m_duplicate, m_ben, 3, 3, 2) > 0);
    QVERIFY(enter(m_ben, m_ana, 1, 4, 4) > 0);
    const qint64 voided = enter(m_ana, m_ben, 9, 0, 4);
    QVERIFY(results.voidResult(voided, kDeskName));
}

QStringList tst_PlayerProfile::racksRows()
{
    const Result<venue::RacksAtVenue> played = venue::racksPlayed(*m_database, m_venueId);
    if (!played)
        return {played.error()};
    const QHash<qint64, QString> names{{m_ana, QStringLiteral("Ana")},
                                       {m_duplicate, QStringLiteral("dup")},
                                       {m_ben, QStringLiteral("Ben")}};
    QStringList rows;
    for (const venue::PlayedRacks &racks : played->racks) {
        rows << QStringLiteral("%1 %2-%3 %4:%5 %6")
                    .arg(racks.playedOn.day())
                    .arg(names.value(racks.playerA), names.value(racks.playerB))
                    .arg(racks.racksA)
                    .arg(racks.racksB)
                    .arg(racks.resultId ? QStringLiteral("hand") : QStringLiteral("match"));
    }
    rows << QStringLiteral("unknown: ") + played->unknownNames.join(u',');
    return rows;
}

void tst_PlayerProfile::aProfileEditIsUndone()
{
    const Player from = *m_model->player(m_ben);
    Player to = from;
    to.contact = QStringLiteral("  ben@example.org ");
    to.starterRating = 575;
    venue::PlayerChangeEdit edit(from, to, kDesk);
    QVERIFY2(edit.apply(*m_model), "apply");
    QCOMPARE(m_model->player(m_ben)->contact, QStringLiteral("ben@example.org"));
    QCOMPARE(m_model->player(m_ben)->starterRating, 575.0);
    const Result<storage::PlayerRecord> stored
        = storage::VenueRepository(*m_database).player(m_ben);
    QVERIFY2(stored, qPrintable(errorOf(stored)));
    QCOMPARE(stored->contact, QStringLiteral("ben@example.org"));
    QCOMPARE(stored->starterRating, 575.0);
    QVERIFY2(edit.revert(*m_model), "revert");
    QCOMPARE(*m_model->player(m_ben), from);
    const std::vector<storage::AuditEntry> entries = audit();
    QCOMPARE(entries[entries.size() - 2].action, QStringLiteral("player.edited"));
    QCOMPARE(entries.back().action, QStringLiteral("player.edited"));
    QCOMPARE(entries.back().actor, kDeskName);
}

void tst_PlayerProfile::aMergeIsUndoneAndRedone()
{
    QSignalSpy shown(m_model.get(), &venue::VenueModel::venueShown);
    venue::PlayerMergeEdit edit(*m_model->player(m_duplicate), *m_model->player(m_ana), kDesk);
    QCOMPARE(edit.text(), QStringLiteral("Merge the player ana souza into Ana Souza"));
    for (int round = 0; round < 2; ++round) {
        const Result<void> applied = edit.apply(*m_model);
        QVERIFY2(applied, qPrintable(errorOf(applied)));
        QVERIFY(!m_model->player(m_duplicate));
        QCOMPARE(m_model->players().size(), size_t(2));
        QCOMPARE(m_model->mergedPlayers().size(), size_t(1));
        QCOMPARE(m_model->mergedPlayers().front().mergedInto, std::optional<qint64>(m_ana));
        const Result<void> reverted = edit.revert(*m_model);
        QVERIFY2(reverted, qPrintable(errorOf(reverted)));
        QVERIFY(m_model->player(m_duplicate));
        QVERIFY(!m_model->player(m_duplicate)->mergedInto);
        QVERIFY(m_model->mergedPlayers().empty());
        QCOMPARE(m_model->players().size(), size_t(3));
    }
    QCOMPARE(shown.size(), 4);
    QStringList actions;
    for (const storage::AuditEntry &entry : audit()) {
        if (entry.action.startsWith(QLatin1String("player.")) && entry.action != u"player.added") {
            QCOMPARE(entry.actor, kDeskName);
            QCOMPARE(entry.subject, QStringLiteral("player:%1").arg(m_duplicate));
            actions << entry.action;
        }
    }
    QCOMPARE(actions,
             (QStringList{QStringLiteral("player.merged"), QStringLiteral("player.unmerged"),
                          QStringLiteral("player.merged"), QStringLiteral("player.unmerged")}));
    // A model reading the database again sees the same players.
    venue::VenueModel other(*m_database);
    QVERIFY(other.load(m_venueId));
    QCOMPARE(other.players(), m_model->players());
}

void tst_PlayerProfile::anUnmergeIsUndone()
{
    QVERIFY(m_model->mergePlayer(m_duplicate, m_ana, kDesk));
    const Player duplicate = m_model->mergedPlayers().front();
    venue::PlayerUnmergeEdit edit(duplicate, QStringLiteral("Ana Souza"), kDesk);
    QCOMPARE(edit.text(), QStringLiteral("Separate the player ana souza from Ana Souza"));
    QVERIFY(edit.apply(*m_model));
    QVERIFY(m_model->mergedPlayers().empty());
    QVERIFY(edit.revert(*m_model));
    QCOMPARE(m_model->mergedPlayers().size(), size_t(1));
    QCOMPARE(m_model->mergedPlayers().front().mergedInto, std::optional<qint64>(m_ana));
    QCOMPARE(audit().back().action, QStringLiteral("player.merged"));
}

void tst_PlayerProfile::aRefusedMergeChangesNothing()
{
    QVERIFY(m_model->mergePlayer(m_duplicate, m_ana, kDesk));
    const size_t audited = audit().size();
    // Into the merged duplicate: refused, as is merging a player shown nowhere.
    const Result<void> refused = m_model->mergePlayer(m_ben, m_duplicate, kDesk);
    QVERIFY(!refused);
    QVERIFY2(refused.error().contains(QStringLiteral("merge into the player kept")),
             qPrintable(refused.error()));
    QVERIFY(!m_model->mergePlayer(m_duplicate, m_ben, kDesk));
    QVERIFY(!m_model->unmergePlayer(m_ben, kDesk));
    QCOMPARE(m_model->players().size(), size_t(2));
    QCOMPARE(m_model->mergedPlayers().size(), size_t(1));
    QCOMPARE(audit().size(), audited);
}

void tst_PlayerProfile::racksCountForThePlayerKept()
{
    playAll();
    // Before the merge "ana souza" is a player of her own.
    QCOMPARE(
        racksRows(),
        (QStringList{QStringLiteral("1 Ana-Ben 2:1 match"), QStringLiteral("2 dup-Ben 3:3 hand"),
                     QStringLiteral("3 Ben-dup 2:0 match"), QStringLiteral("4 Ben-Ana 1:4 hand"),
                     QStringLiteral("5 Ana-dup 1:0 match"), QStringLiteral("unknown: Guest")}));
    QVERIFY(m_model->mergePlayer(m_duplicate, m_ana, kDesk));
    // After it her racks are Ana's; Ana against herself counts for nobody.
    QCOMPARE(
        racksRows(),
        (QStringList{QStringLiteral("1 Ana-Ben 2:1 match"), QStringLiteral("2 Ana-Ben 3:3 hand"),
                     QStringLiteral("3 Ben-Ana 2:0 match"), QStringLiteral("4 Ben-Ana 1:4 hand"),
                     QStringLiteral("unknown: Guest")}));
}

void tst_PlayerProfile::theHistoryAProfileLists()
{
    playAll();
    QVERIFY(m_model->mergePlayer(m_duplicate, m_ana, kDesk));
    storage::SessionRepository sessions(*m_database);
    const auto checkIn = [&](qint64 tableId, const QString &name, std::optional<qint64> playerId,
                             const QDateTime &at) {
        storage::CheckInRecord record;
        record.venueId = m_venueId;
        record.tableId = tableId;
        record.tableName
            = tableId == m_table1 ? QStringLiteral("Table 1") : QStringLiteral("Table 2");
        record.rateClass = QStringLiteral("9ft");
        record.name = name;
        record.playerId = playerId;
        record.at = at;
        return sessions.checkIn(record, kDeskName).value_or(0);
    };
    const auto checkout = [&](qint64 sessionId, const QDateTime &at) {
        const Result<storage::SessionRecord> session = sessions.session(sessionId);
        storage::CheckoutRecord record;
        record.at = at;
        record.stretchCount = session ? int(session->stretches.size()) : 0;
        record.currency = QStringLiteral("EUR");
        return bool(sessions.checkout(
            sessionId, record, [](int) { return QString(); }, kDeskName));
    };
    // Walk-ins: one under Ana's nickname, one a guest's; then one of Ben's.
    QVERIFY(checkout(checkIn(m_table2, QStringLiteral("Lefty"), std::nullopt, on(6, 17)),
                     on(6, 17, 30)));
    QVERIFY(
        checkout(checkIn(m_table2, QStringLiteral("Guest"), std::nullopt, on(6, 18)), on(6, 19)));
    QVERIFY(checkout(checkIn(m_table1, QStringLiteral("Ben"), m_ben, on(6, 16)), on(6, 17)));
    // Ana's: 30 minutes, a pause of 10, 20 minutes, moved, 20 more.
    const qint64 played = checkIn(m_table1, QStringLiteral("Ana Souza"), m_ana, on(7, 18));
    QVERIFY(played > 0);
    QVERIFY(sessions.pause(played, on(7, 18, 30), kDeskName));
    QVERIFY(sessions.resume(played, on(7, 18, 40), kDeskName));
    QVERIFY(sessions.move(played,
                          {m_table2, QStringLiteral("Table 2"), QStringLiteral("9ft"), on(7, 19)},
                          kDeskName));
    QVERIFY(checkout(played, on(7, 19, 20)));
    // The duplicate's, still open.
    QVERIFY(checkIn(m_table1, QStringLiteral("ana souza"), m_duplicate, on(8, 20)) > 0);

    const Result<venue::PlayerHistory> history
        = venue::playerHistory(*m_database, m_venueId, m_duplicate, on(8, 20, 45));
    QVERIFY2(history, qPrintable(errorOf(history)));
    QStringList matches;
    for (const venue::PlayerMatch &match : history->matches) {
        matches << QStringLiteral("%1 %2 %3:%4 %5 %6 %7")
                       .arg(match.playedOn.day())
                       .arg(match.opponent)
                       .arg(match.racksFor)
                       .arg(match.racksAgainst)
                       .arg(outcomeWord(match.outcome), match.source,
                            match.tableName.isEmpty() ? QStringLiteral("-") : match.tableName);
        QCOMPARE(match.opponentId, match.opponent == u"Ben" ? m_ben : 0);
    }
    QCOMPARE(matches, (QStringList{QStringLiteral("4 Ben 4:1 won hand -"),
                                   QStringLiteral("3 Ben 0:2 lost referee Table 1"),
                                   QStringLiteral("2 Ben 3:3 drawn hand -"),
                                   QStringLiteral("2 Guest 0:1 unfinished referee Table 2"),
                                   QStringLiteral("1 Ben 2:1 won referee Table 1")}));
    QStringList visits;
    for (const venue::TableVisit &visit : history->tableTime) {
        visits << QStringLiteral("%1 %2 %3 %4")
                      .arg(visit.day.day())
                      .arg(visit.tables.join(u'+'))
                      .arg(visit.minutes)
                      .arg(visit.to.isValid() ? QStringLiteral("closed") : QStringLiteral("open"));
    }
    QCOMPARE(visits, (QStringList{QStringLiteral("8 Table 1 45 open"),
                                  QStringLiteral("7 Table 1+Table 2 70 closed"),
                                  QStringLiteral("6 Table 2 30 closed")}));
}

QTEST_GUILESS_MAIN(tst_PlayerProfile)

#include "tst_playerprofile.moc"
