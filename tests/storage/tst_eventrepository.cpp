// Venue events on both backends: created and cancelled, players signed up to the cap and then
// onto the waiting list in order, a cancelled place given to the first waiting; refusals; every
// change audited.
#include "venuedatabase.h"

#include <storage/database.h>
#include <storage/eventrepository.h>
#include <storage/venuerepository.h>
#include <support/resulterror.h>

#include <QJsonObject>
#include <QTest>

#include <memory>

using namespace dojo;
using namespace dojo::storage;
using dojo::testsupport::errorOf;
using dojo::testsupport::jsonOf;

namespace {

const QString kDesk = QStringLiteral("staff:Ana");

// "a,b,c" as a list; "" as none.
QStringList listOf(const char *items)
{
    return QString::fromUtf8(items).split(u',', Qt::SkipEmptyParts);
}

} // namespace

class tst_EventRepository : public QObject, private testsupport::VenueDatabase
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void anEventIsCreatedAndAudited();
    void badEventsAreRefused_data();
    void badEventsAreRefused();
    void signUpsFillTheCapThenWait_data();
    void signUpsFillTheCapThenWait();
    void signingUpTwiceIsRefused();
    void aCancelledEventTakesNoSignUps();
    void aPlayerOfAnotherVenueCannotSignUp();
    void cancellingASignUpNotMadeIsRefused();

private:
    qint64 create(int cap);
    qint64 player(const QString &name, qint64 venueId = 0);
    // "Ana in, Ben waiting": the sign-ups as read.
    QStringList signUpsOf(qint64 eventId) const;

    std::unique_ptr<EventRepository> m_events;
};

void tst_EventRepository::initTestCase()
{
    const Result<void> started = m_databases.startAndLog();
    QVERIFY2(started, qPrintable(errorOf(started)));
}

void tst_EventRepository::init()
{
    const Result<void> opened = openFreshDatabase();
    QVERIFY2(opened, qPrintable(errorOf(opened)));
    m_events = std::make_unique<EventRepository>(*m_database);
    const Result<void> added = addTwoVenues();
    QVERIFY2(added, qPrintable(errorOf(added)));
    QVERIFY(m_venueId > 0 && m_otherVenueId > 0);
}

void tst_EventRepository::cleanup()
{
    m_events.reset();
    m_database.reset();
}

qint64 tst_EventRepository::create(int cap)
{
    EventRecord event;
    event.venueId = m_venueId;
    event.name = QStringLiteral("Friday 9-ball");
    event.kind = QStringLiteral("league-night");
    event.startsAt = QDateTime(QDate(2026, 5, 1), QTime(18, 0), Qt::UTC);
    event.endsAt = event.startsAt.addSecs(4 * 3600);
    event.cap = cap;
    const Result<qint64> id = m_events->create(event, kDesk);
    if (!id)
        qWarning("%s", qPrintable(id.error()));
    return id.value_or(0);
}

qint64 tst_EventRepository::player(const QString &name, qint64 venueId)
{
    PlayerRecord record;
    record.homeVenueId = venueId == 0 ? m_venueId : venueId;
    record.name = name;
    return VenueRepository(*m_database).addPlayer(record).value_or(0);
}

QStringList tst_EventRepository::signUpsOf(qint64 eventId) const
{
    const Result<std::vector<SignUpRecord>> signUps = m_events->signUps(eventId);
    if (!signUps)
        return {signUps.error()};
    QStringList rows;
    for (const SignUpRecord &signUp : *signUps)
        rows << signUp.playerName + u' ' + signUp.state;
    return rows;
}

void tst_EventRepository::anEventIsCreatedAndAudited()
{
    const qint64 id = create(8);
    QVERIFY(id > 0);
    const Result<EventRecord> read = m_events->event(id);
    QVERIFY2(read, qPrintable(errorOf(read)));
    QCOMPARE(read->venueId, m_venueId);
    QCOMPARE(read->name, QStringLiteral("Friday 9-ball"));
    QCOMPARE(read->kind, QStringLiteral("league-night"));
    QCOMPARE(read->startsAt, QDateTime(QDate(2026, 5, 1), QTime(18, 0), Qt::UTC));
    QCOMPARE(read->endsAt, QDateTime(QDate(2026, 5, 1), QTime(22, 0), Qt::UTC));
    QCOMPARE(read->cap, 8);
    QVERIFY(!read->cancelled);
    QCOMPARE(read->createdBy, kDesk);
    QCOMPARE(read->signedIn, 0);
    QCOMPARE(read->waiting, 0);
    AuditEntry entry = audit().back();
    QCOMPARE(entry.action, QStringLiteral("event.created"));
    QCOMPARE(entry.actor, kDesk);
    QCOMPARE(entry.subject, QStringLiteral("event:%1").arg(id));
    QCOMPARE(jsonOf(entry.details).value(QStringLiteral("cap")).toInt(), 8);

    const Result<void> cancelled = m_events->cancel(id, kDesk);
    QVERIFY2(cancelled, qPrintable(errorOf(cancelled)));
    const Result<std::vector<EventRecord>> events = m_events->events(m_venueId);
    QVERIFY2(events, qPrintable(errorOf(events)));
    QCOMPARE(events->size(), size_t(1));
    QVERIFY(events->front().cancelled);
    entry = audit().back();
    QCOMPARE(entry.action, QStringLiteral("event.cancelled"));
    const Result<void> twice = m_events->cancel(id, kDesk);
    QVERIFY(!twice);
    QVERIFY2(twice.error().contains(QStringLiteral("cancelled already")),
             qPrintable(twice.error()));
}

void tst_EventRepository::badEventsAreRefused_data()
{
    QTest::addColumn<QString>("change");
    QTest::addColumn<QString>("reason");
    QTest::newRow("no name") << "name"
                             << "needs a name";
    QTest::newRow("an unknown kind") << "kind"
                                     << "not \"pub-quiz\"";
    QTest::newRow("ends as it starts") << "end"
                                       << "end after it starts";
    QTest::newRow("a negative cap") << "cap"
                                    << "0 for no cap";
}

void tst_EventRepository::badEventsAreRefused()
{
    QFETCH(QString, change);
    QFETCH(QString, reason);
    EventRecord event;
    event.venueId = m_venueId;
    event.name = change == u"name" ? QStringLiteral("  ") : QStringLiteral("Open play");
    event.kind = change == u"kind" ? QStringLiteral("pub-quiz") : QStringLiteral("open-play");
    event.startsAt = QDateTime(QDate(2026, 5, 1), QTime(18, 0), Qt::UTC);
    event.endsAt = change == u"end" ? event.startsAt : event.startsAt.addSecs(3600);
    event.cap = change == u"cap" ? -1 : 0;
    const Result<qint64> id = m_events->create(event, kDesk);
    QVERIFY(!id);
    QVERIFY2(id.error().contains(reason), qPrintable(id.error()));
    QVERIFY(audit().empty());
}

void tst_EventRepository::signUpsFillTheCapThenWait_data()
{
    QTest::addColumn<int>("cap");
    // Steps: "+Name" signs up, "-Name" cancels; then the sign-ups as read and who moved in.
    QTest::addColumn<QStringList>("steps");
    QTest::addColumn<QStringList>("expected");
    QTest::addColumn<QStringList>("movedIn");
    QTest::newRow("no cap: everyone is in")
        << 0 << listOf("+Ana,+Ben,+Cleo,-Ben") << listOf("Ana in,Cleo in") << QStringList{};
    QTest::newRow("past the cap, in order")
        << 2 << listOf("+Ana,+Ben,+Cleo,+Dan") << listOf("Ana in,Ben in,Cleo waiting,Dan waiting")
        << QStringList{};
    QTest::newRow("a place given up goes to the first waiting")
        << 2 << listOf("+Ana,+Ben,+Cleo,+Dan,-Ana") << listOf("Ben in,Cleo in,Dan waiting")
        << listOf("Cleo");
    QTest::newRow("a waiting sign-up given up moves nobody")
        << 2 << listOf("+Ana,+Ben,+Cleo,+Dan,-Cleo") << listOf("Ana in,Ben in,Dan waiting")
        << QStringList{};
    QTest::newRow("two places given up, two move in")
        << 1 << listOf("+Ana,+Ben,+Cleo,-Ana,-Ben") << listOf("Cleo in") << listOf("Ben,Cleo");
    QTest::newRow("signing up again goes to the end of the list")
        << 2 << listOf("+Ana,+Ben,+Cleo,-Ana,+Ana") << listOf("Ben in,Cleo in,Ana waiting")
        << listOf("Cleo");
    QTest::newRow("nobody waiting: the place stays free")
        << 2 << listOf("+Ana,+Ben,-Ben,+Cleo") << listOf("Ana in,Cleo in") << QStringList{};
}

void tst_EventRepository::signUpsFillTheCapThenWait()
{
    QFETCH(int, cap);
    QFETCH(QStringList, steps);
    QFETCH(QStringList, expected);
    QFETCH(QStringList, movedIn);
    const qint64 eventId = create(cap);
    QVERIFY(eventId > 0);
    QHash<QString, qint64> ids;
    QHash<qint64, QString> names;
    for (const QString &name : {QStringLiteral("Ana"), QStringLiteral("Ben"),
                                QStringLiteral("Cleo"), QStringLiteral("Dan")}) {
        ids[name] = player(name);
        names[ids[name]] = name;
    }
    QStringList moved;
    size_t audited = audit().size();
    for (const QString &step : steps) {
        const QString name = step.mid(1);
        if (step.startsWith(u'+')) {
            const Result<QString> state = m_events->signUp(eventId, ids[name], kDesk);
            QVERIFY2(state, qPrintable(errorOf(state)));
            const AuditEntry entry = audit().back();
            QCOMPARE(entry.action, QStringLiteral("event.signed-up"));
            QCOMPARE(jsonOf(entry.details).value(QStringLiteral("state")).toString(), *state);
            QCOMPARE(jsonOf(entry.details).value(QStringLiteral("player")).toInteger(), ids[name]);
            audited += 1;
        } else {
            const Result<std::optional<qint64>> in
                = m_events->cancelSignUp(eventId, ids[name], kDesk);
            QVERIFY2(in, qPrintable(errorOf(in)));
            const std::vector<AuditEntry> entries = audit();
            if (*in) {
                moved << names[**in];
                QCOMPARE(entries.back().action, QStringLiteral("event.moved-in"));
                QCOMPARE(jsonOf(entries.back().details).value(QStringLiteral("player")).toInteger(),
                         **in);
                QCOMPARE(entries[entries.size() - 2].action,
                         QStringLiteral("event.sign-up-cancelled"));
                audited += 2;
            } else {
                QCOMPARE(entries.back().action, QStringLiteral("event.sign-up-cancelled"));
                audited += 1;
            }
        }
        QCOMPARE(audit().size(), audited);
    }
    QCOMPARE(signUpsOf(eventId), expected);
    QCOMPARE(moved, movedIn);
    const Result<EventRecord> event = m_events->event(eventId);
    QVERIFY2(event, qPrintable(errorOf(event)));
    QCOMPARE(event->signedIn, int(expected.filter(QStringLiteral(" in")).size()));
    QCOMPARE(event->waiting, int(expected.filter(QStringLiteral(" waiting")).size()));
}

void tst_EventRepository::signingUpTwiceIsRefused()
{
    const qint64 eventId = create(1);
    const qint64 ana = player(QStringLiteral("Ana"));
    const qint64 ben = player(QStringLiteral("Ben"));
    QVERIFY(m_events->signUp(eventId, ana, kDesk));
    QVERIFY(m_events->signUp(eventId, ben, kDesk));
    const size_t audited = audit().size();
    for (const qint64 id : {ana, ben}) {
        const Result<QString> again = m_events->signUp(eventId, id, kDesk);
        QVERIFY(!again);
        QVERIFY2(again.error().contains(QStringLiteral("signed up already")),
                 qPrintable(again.error()));
    }
    QCOMPARE(audit().size(), audited);
    QCOMPARE(signUpsOf(eventId),
             (QStringList{QStringLiteral("Ana in"), QStringLiteral("Ben waiting")}));
}

void tst_EventRepository::aCancelledEventTakesNoSignUps()
{
    const qint64 eventId = create(0);
    QVERIFY(m_events->cancel(eventId, kDesk));
    const Result<QString> state = m_events->signUp(eventId, player(QStringLiteral("Ana")), kDesk);
    QVERIFY(!state);
    QVERIFY2(state.error().contains(QStringLiteral("the event is cancelled")),
             qPrintable(state.error()));
}

void tst_EventRepository::aPlayerOfAnotherVenueCannotSignUp()
{
    const qint64 eventId = create(0);
    const Result<QString> state
        = m_events->signUp(eventId, player(QStringLiteral("Dan"), m_otherVenueId), kDesk);
    QVERIFY(!state);
    QVERIFY2(state.error().contains(QStringLiteral("Dan is not a player of the event's venue")),
             qPrintable(state.error()));
}

void tst_EventRepository::cancellingASignUpNotMadeIsRefused()
{
    const qint64 eventId = create(0);
    const qint64 ana = player(QStringLiteral("Ana"));
    Result<std::optional<qint64>> cancelled = m_events->cancelSignUp(eventId, ana, kDesk);
    QVERIFY(!cancelled);
    QVERIFY(m_events->signUp(eventId, ana, kDesk));
    QVERIFY(m_events->cancelSignUp(eventId, ana, kDesk));
    cancelled = m_events->cancelSignUp(eventId, ana, kDesk);
    QVERIFY(!cancelled);
    QVERIFY2(cancelled.error().contains(QStringLiteral("not signed up")),
             qPrintable(cancelled.error()));
}

QTEST_GUILESS_MAIN(tst_EventRepository)

#include "tst_eventrepository.moc"
