// A table's numbered messages (docs/protocol.md, "Table messages and seq" and "Resuming"):
// seq counts by one, and a client that reconnects gets what it missed (states but the latest
// left out) or, when too much is gone, nothing (it starts again from a snapshot).

#include <live/tablechannel.h>

#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>
#include <QTest>

using namespace dojo::live;

namespace {

constexpr qint64 kFirst = 1764743470000000;

// A row's messages: 'm' a message that is kept, 's' a state.
OutgoingPtr publishOne(TableChannel &channel, QChar kind, int index)
{
    const bool state = kind == u's';
    return channel.publish(
        {{QStringLiteral("type"), state ? QStringLiteral("state") : QStringLiteral("match")},
         {QStringLiteral("n"), index}},
        state);
}

std::vector<OutgoingPtr> publishAll(TableChannel &channel, const QString &kinds)
{
    std::vector<OutgoingPtr> published;
    for (int i = 0; i < kinds.size(); ++i)
        published.push_back(publishOne(channel, kinds.at(i), i));
    return published;
}

// The messages as a row lists them: the index each was published at.
QList<int> indexes(const std::vector<OutgoingPtr> &messages)
{
    QList<int> listed;
    for (const OutgoingPtr &message : messages)
        listed << QJsonDocument::fromJson(message->text.toUtf8())
                      .object()
                      .value(QStringLiteral("n"))
                      .toInt(-1);
    return listed;
}

} // namespace

class tst_TableChannel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void seqCountsByOne();
    void since_data();
    void since();
    void statesNeverPushOthersOut();
};

void tst_TableChannel::seqCountsByOne()
{
    TableChannel channel(kFirst);
    QCOMPARE(channel.lastSeq(), kFirst - 1);
    const std::vector<OutgoingPtr> published = publishAll(channel, QStringLiteral("mssmsm"));
    for (std::size_t i = 0; i < published.size(); ++i) {
        QCOMPARE(published[i]->seq, kFirst + qint64(i));
        const QJsonObject json = QJsonDocument::fromJson(published[i]->text.toUtf8()).object();
        QCOMPARE(json.value(QStringLiteral("seq")).toInteger(), published[i]->seq);
        QCOMPARE(published[i]->isState,
                 json.value(QStringLiteral("type")).toString() == QLatin1String("state"));
    }
    QCOMPARE(channel.lastSeq(), published.back()->seq);
}

// `kinds` published on a channel keeping `keep`; since(lastSeq - back): the expected indexes,
// or none (-1 alone) when the client must start from a snapshot.
void tst_TableChannel::since_data()
{
    QTest::addColumn<QString>("kinds");
    QTest::addColumn<int>("keep");
    QTest::addColumn<qint64>("back"); // how far behind lastSeq the client's last seq is
    QTest::addColumn<QList<int>>("expected");

    const QList<int> none{-1};
    QTest::newRow("up to date: nothing to send")
        << QStringLiteral("msm") << 256 << qint64(0) << QList<int>{};
    QTest::newRow("missed the last message")
        << QStringLiteral("msm") << 256 << qint64(1) << QList<int>{2};
    QTest::newRow("missed everything from the start")
        << QStringLiteral("mmm") << 256 << qint64(3) << QList<int>{0, 1, 2};
    QTest::newRow("only the latest state, at its place")
        << QStringLiteral("msmssm") << 256 << qint64(6) << QList<int>{0, 2, 4, 5};
    QTest::newRow("the latest state last")
        << QStringLiteral("mmss") << 256 << qint64(3) << QList<int>{1, 3};
    QTest::newRow("the latest state before the client's seq: not sent again")
        << QStringLiteral("msmm") << 256 << qint64(2) << QList<int>{2, 3};
    QTest::newRow("only states missed")
        << QStringLiteral("msss") << 256 << qint64(2) << QList<int>{3};
    QTest::newRow("the oldest kept message is the first missed")
        << QStringLiteral("mmmmm") << 3 << qint64(3) << QList<int>{2, 3, 4};
    QTest::newRow("one older than the kept window")
        << QStringLiteral("mmmmm") << 3 << qint64(4) << none;
    QTest::newRow("a seq after the last: another run of the server")
        << QStringLiteral("mm") << 256 << qint64(-1) << none;
    QTest::newRow("nothing published, up to date") << QString() << 256 << qint64(0) << QList<int>{};
    QTest::newRow("nothing published, a seq from the future")
        << QString() << 256 << qint64(-5) << none;
}

void tst_TableChannel::since()
{
    QFETCH(QString, kinds);
    QFETCH(int, keep);
    QFETCH(qint64, back);
    QFETCH(QList<int>, expected);

    TableChannel channel(kFirst, std::size_t(keep));
    publishAll(channel, kinds);
    const std::optional<std::vector<OutgoingPtr>> missed = channel.since(channel.lastSeq() - back);
    QCOMPARE(missed ? indexes(*missed) : QList<int>{-1}, expected);
    if (missed) {
        for (std::size_t i = 1; i < missed->size(); ++i)
            QVERIFY((*missed)[i]->seq > (*missed)[i - 1]->seq);
    }
}

// Any number of states leaves the window of other messages as it was.
void tst_TableChannel::statesNeverPushOthersOut()
{
    TableChannel channel(kFirst, 4);
    const std::vector<OutgoingPtr> kept = publishAll(channel, QStringLiteral("mmmm"));
    for (int i = 0; i < 1000; ++i)
        publishOne(channel, u's', 100 + i);
    const std::optional<std::vector<OutgoingPtr>> missed = channel.since(kept.front()->seq - 1);
    QVERIFY2(missed, "the kept messages were forgotten behind states");
    QCOMPARE(indexes(*missed), (QList<int>{0, 1, 2, 3, 1099}));
    QCOMPARE(channel.lastSeq(), kFirst + 1003);
}

QTEST_GUILESS_MAIN(tst_TableChannel)
#include "tst_tablechannel.moc"
