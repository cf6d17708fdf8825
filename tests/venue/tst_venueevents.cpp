// Venue events at the desk: league nights and open play with a cap, sign-ups past it waiting
// in order, a place given up going to the first waiting; refusals as sentences; every change
// audited naming the member of staff. On an SQLite file.
#include "venuefile.h"

#include <storage/database.h>
#include <support/resulterror.h>
#include <venue/venueevents.h>

#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace dojo;
using dojo::testsupport::errorOf;
using venue::EventKind;
using venue::SignUpState;

namespace {

const venue::Actor kDesk{QStringLiteral("Ana"), venue::Role::Desk, false};
const QString kDeskName = QStringLiteral("staff:Ana");
const QDateTime kFriday(QDate(2030, 12, 6), QTime(18, 0), Qt::UTC);

} // namespace

class tst_VenueEvents : public QObject, private testsupport::VenueFile
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void kindsReadAsTheyAreStored();
    void anEventIsCreated();
    void badEventsAreRefused_data();
    void badEventsAreRefused();
    void theCapAndTheWaitingList();
    void signUpsAreRefused_data();
    void signUpsAreRefused();

private:
    qint64 create(int cap);
    QStringList signUpsOf(qint64 eventId) const;

    std::unique_ptr<venue::VenueEvents> m_events;
    qint64 m_venueId = 0;
    QHash<QString, qint64> m_players;
    QDateTime m_now;
};

void tst_VenueEvents::init()
{
    const Result<void> opened = openDatabase();
    QVERIFY2(opened, qPrintable(errorOf(opened)));
    m_venueId = addVenue(QStringLiteral("Corner Pocket"));
    QVERIFY(m_venueId > 0);
    m_players.clear();
    for (const QString &name :
         {QStringLiteral("Ana"), QStringLiteral("Ben"), QStringLiteral("Cleo"),
          QStringLiteral("Dan"), QStringLiteral("Eve")}) {
        m_players[name] = addPlayer(m_venueId, name);
    }
    m_events = std::make_unique<venue::VenueEvents>(*m_database);
    m_now = kFriday.addDays(-1);
    m_events->setClock([this] { return m_now; });
    QVERIFY(m_events->load(m_venueId));
}

void tst_VenueEvents::cleanup()
{
    m_events.reset();
    closeDatabase();
}

qint64 tst_VenueEvents::create(int cap)
{
    const Result<qint64> id
        = m_events->create({QStringLiteral("Friday 9-ball"), EventKind::LeagueNight, kFriday,
                            kFriday.addSecs(4 * 3600), cap},
                           kDesk);
    if (!id)
        qWarning("%s", qPrintable(id.error()));
    return id.value_or(0);
}

QStringList tst_VenueEvents::signUpsOf(qint64 eventId) const
{
    const Result<std::vector<venue::SignUp>> signUps = m_events->signUps(eventId);
    if (!signUps)
        return {signUps.error()};
    QStringList rows;
    for (const venue::SignUp &signUp : *signUps) {
        rows << QStringLiteral("%1 %2 %3")
                    .arg(signUp.name, signUp.state == SignUpState::In ? QStringLiteral("in")
                                                                      : QStringLiteral("waiting"))
                    .arg(signUp.place);
    }
    return rows;
}

void tst_VenueEvents::kindsReadAsTheyAreStored()
{
    for (const EventKind kind :
         {EventKind::LeagueNight, EventKind::OpenPlay, EventKind::Tournament}) {
        QCOMPARE(venue::eventKindFromKey(venue::eventKindKey(kind)), kind);
        QVERIFY(!venue::eventKindName(kind).isEmpty());
    }
    QVERIFY(!venue::eventKindFromKey(QStringLiteral("pub-quiz")));
}

void tst_VenueEvents::anEventIsCreated()
{
    QSignalSpy changed(m_events.get(), &venue::VenueEvents::eventsChanged);
    const qint64 id = create(16);
    QVERIFY(id > 0);
    QCOMPARE(changed.size(), 1);
    const std::optional<venue::VenueEvent> event = m_events->event(id);
    QVERIFY(event);
    QCOMPARE(event->name, QStringLiteral("Friday 9-ball"));
    QCOMPARE(event->kind, EventKind::LeagueNight);
    QCOMPARE(event->from, kFriday);
    QCOMPARE(event->to, kFriday.addSecs(4 * 3600));
    QCOMPARE(event->cap, 16);
    QCOMPARE(event->placesLeft(), 16);
    QCOMPARE(audit().back().action, QStringLiteral("event.created"));
    QCOMPARE(audit().back().actor, kDeskName);

    const Result<void> cancelled = m_events->cancel(id, kDesk);
    QVERIFY2(cancelled, qPrintable(errorOf(cancelled)));
    QVERIFY(m_events->event(id)->cancelled);
    QCOMPARE(audit().back().action, QStringLiteral("event.cancelled"));
    QCOMPARE(errorOf(m_events->cancel(id, kDesk)),
             QStringLiteral("Friday 9-ball is cancelled already."));
}

void tst_VenueEvents::badEventsAreRefused_data()
{
    QTest::addColumn<QString>("change");
    QTest::addColumn<QString>("refusal");
    QTest::newRow("no name") << "name"
                             << "An event needs a name.";
    QTest::newRow("ends as it starts") << "end"
                                       << "An event must end after it starts.";
    QTest::newRow("no start") << "start"
                              << "An event must end after it starts.";
    QTest::newRow("a negative cap") << "cap"
                                    << "An event's cap is a number of players, or 0 for no cap.";
}

void tst_VenueEvents::badEventsAreRefused()
{
    QFETCH(QString, change);
    QFETCH(QString, refusal);
    venue::NewEvent event{QStringLiteral("Open play"), EventKind::OpenPlay, kFriday,
                          kFriday.addSecs(3600), 0};
    if (change == u"name")
        event.name = QStringLiteral(" ");
    else if (change == u"end")
        event.to = event.from;
    else if (change == u"start")
        event.from = QDateTime();
    else if (change == u"cap")
        event.cap = -2;
    QCOMPARE(errorOf(m_events->create(event, kDesk)), refusal);
    QVERIFY(m_events->events().empty());
    QVERIFY(audit().empty());
}

void tst_VenueEvents::theCapAndTheWaitingList()
{
    const qint64 id = create(2);
    QSignalSpy signUps(m_events.get(), &venue::VenueEvents::signUpsChanged);
    for (const QString &name : {QStringLiteral("Ana"), QStringLiteral("Ben"),
                                QStringLiteral("Cleo"), QStringLiteral("Dan")}) {
        const Result<SignUpState> state = m_events->signUp(id, m_players[name], kDesk);
        QVERIFY2(state, qPrintable(errorOf(state)));
        QCOMPARE(*state, name == u"Ana" || name == u"Ben" ? SignUpState::In : SignUpState::Waiting);
    }
    QCOMPARE(signUps.size(), 4);
    QCOMPARE(signUpsOf(id),
             (QStringList{QStringLiteral("Ana in 1"), QStringLiteral("Ben in 2"),
                          QStringLiteral("Cleo waiting 1"), QStringLiteral("Dan waiting 2")}));
    QCOMPARE(m_events->event(id)->signedIn, 2);
    QCOMPARE(m_events->event(id)->waiting, 2);
    QCOMPARE(m_events->event(id)->placesLeft(), 0);

    // Ben gives up his place: Cleo, the first waiting, moves in.
    const Result<std::optional<qint64>> movedIn
        = m_events->cancelSignUp(id, m_players[QStringLiteral("Ben")], kDesk);
    QVERIFY2(movedIn, qPrintable(errorOf(movedIn)));
    QCOMPARE(*movedIn, std::optional<qint64>(m_players[QStringLiteral("Cleo")]));
    QCOMPARE(signUpsOf(id), (QStringList{QStringLiteral("Ana in 1"), QStringLiteral("Cleo in 2"),
                                         QStringLiteral("Dan waiting 1")}));
    // Dan gives up waiting: nobody moves.
    const Result<std::optional<qint64>> nobody
        = m_events->cancelSignUp(id, m_players[QStringLiteral("Dan")], kDesk);
    QVERIFY2(nobody, qPrintable(errorOf(nobody)));
    QVERIFY(!*nobody);
    QCOMPARE(m_events->event(id)->waiting, 0);

    QStringList actions;
    for (const storage::AuditEntry &entry : audit()) {
        QCOMPARE(entry.actor, kDeskName);
        QCOMPARE(entry.subject, QStringLiteral("event:%1").arg(id));
        actions << entry.action;
    }
    QCOMPARE(
        actions,
        (QStringList{QStringLiteral("event.created"), QStringLiteral("event.signed-up"),
                     QStringLiteral("event.signed-up"), QStringLiteral("event.signed-up"),
                     QStringLiteral("event.signed-up"), QStringLiteral("event.sign-up-cancelled"),
                     QStringLiteral("event.moved-in"), QStringLiteral("event.sign-up-cancelled")}));
}

void tst_VenueEvents::signUpsAreRefused_data()
{
    QTest::addColumn<QString>("situation");
    QTest::addColumn<QString>("refusal");
    QTest::newRow("signed up already") << "twice"
                                       << "Ana is already signed up for Friday 9-ball.";
    QTest::newRow("waiting already") << "waiting"
                                     << "Eve is already on the waiting list for Friday 9-ball.";
    QTest::newRow("a cancelled event") << "cancelled"
                                       << "Friday 9-ball is cancelled; nobody can sign up for it.";
    QTest::newRow("an event that is over")
        << "over"
        << "Friday 9-ball is over; nobody can sign up for it any more.";
    QTest::newRow("cancelling a sign-up not made") << "not signed"
                                                   << "Dan is not signed up for Friday 9-ball.";
}

void tst_VenueEvents::signUpsAreRefused()
{
    QFETCH(QString, situation);
    QFETCH(QString, refusal);
    const qint64 id = create(1);
    QVERIFY(m_events->signUp(id, m_players[QStringLiteral("Ana")], kDesk));
    QVERIFY(m_events->signUp(id, m_players[QStringLiteral("Eve")], kDesk));
    if (situation == u"cancelled")
        QVERIFY(m_events->cancel(id, kDesk));
    if (situation == u"over")
        m_now = kFriday.addSecs(5 * 3600);
    const size_t audited = audit().size();
    QString error;
    if (situation == u"twice")
        error = errorOf(m_events->signUp(id, m_players[QStringLiteral("Ana")], kDesk));
    else if (situation == u"waiting")
        error = errorOf(m_events->signUp(id, m_players[QStringLiteral("Eve")], kDesk));
    else if (situation == u"not signed")
        error = errorOf(m_events->cancelSignUp(id, m_players[QStringLiteral("Dan")], kDesk));
    else
        error = errorOf(m_events->signUp(id, m_players[QStringLiteral("Ben")], kDesk));
    QCOMPARE(error, refusal);
    QCOMPARE(audit().size(), audited);
}

QTEST_GUILESS_MAIN(tst_VenueEvents)

#include "tst_venueevents.moc"
