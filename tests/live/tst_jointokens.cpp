// The tokens of the tables' join links (docs/protocol.md, "Join tokens"), the links
// themselves and where phones reach the PC.

#include <live/jointokens.h>

#include <QRegularExpression>
#include <QTest>

using namespace dojo::live;

namespace {

const QByteArray kSecret = QByteArrayLiteral("0123456789abcdef0123456789abcdef");
const QByteArray kOtherSecret = QByteArrayLiteral("fedcba9876543210fedcba9876543210");

// The token with its character at `at` replaced by another of the base64url alphabet.
QString changedAt(const QString &token, int at)
{
    QString changed = token;
    changed[at] = token.at(at) == u'A' ? u'B' : u'A';
    return changed;
}

} // namespace

class tst_JoinTokens : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tokenIsTwentyTwoBase64UrlCharacters_data();
    void tokenIsTwentyTwoBase64UrlCharacters();
    void tokenNamesItsTableAndSecret();
    void emptySecretIsNeverValid();
    void oneCharacterChangedIsInvalid();
    void joinUrl_data();
    void joinUrl();
    void reachableBase_data();
    void reachableBase();
    void reachableBaseWithoutPublicUrl();
};

void tst_JoinTokens::tokenIsTwentyTwoBase64UrlCharacters_data()
{
    QTest::addColumn<qint64>("table");
    for (const qint64 table : {qint64(1), qint64(2), qint64(17), qint64(123456789)})
        QTest::newRow(qPrintable(QString::number(table))) << table;
}

void tst_JoinTokens::tokenIsTwentyTwoBase64UrlCharacters()
{
    QFETCH(qint64, table);
    const QString token = JoinTokens(kSecret).token(table);
    QCOMPARE(token.size(), 22); // 16 bytes, base64 without padding
    QVERIFY2(QRegularExpression(QStringLiteral("^[A-Za-z0-9_-]{22}$")).match(token).hasMatch(),
             qPrintable(token));
    QVERIFY(JoinTokens(kSecret).valid(table, token));
}

void tst_JoinTokens::tokenNamesItsTableAndSecret()
{
    const JoinTokens tokens(kSecret);
    QCOMPARE(tokens.token(3), JoinTokens(kSecret).token(3));
    QVERIFY(tokens.token(3) != tokens.token(4));
    QVERIFY(!tokens.valid(4, tokens.token(3)));
    const JoinTokens renewed(kOtherSecret);
    QVERIFY(renewed.token(3) != tokens.token(3));
    QVERIFY(!renewed.valid(3, tokens.token(3)));
    QVERIFY(!tokens.valid(3, renewed.token(3)));
    QVERIFY(!tokens.valid(3, QString()));
    QVERIFY(!tokens.valid(3, tokens.token(3) + QLatin1Char('A')));
    QVERIFY(!tokens.valid(3, tokens.token(3).left(21)));
}

void tst_JoinTokens::emptySecretIsNeverValid()
{
    const JoinTokens none;
    for (const qint64 table : {qint64(1), qint64(2)}) {
        QVERIFY(!none.valid(table, none.token(table)));
        QVERIFY(!none.valid(table, QString()));
    }
    QVERIFY(!JoinTokens(QByteArray()).valid(1, JoinTokens(QByteArray()).token(1)));
}

void tst_JoinTokens::oneCharacterChangedIsInvalid()
{
    const JoinTokens tokens(kSecret);
    const QString token = tokens.token(7);
    for (int at = 0; at < token.size(); ++at)
        QVERIFY2(!tokens.valid(7, changedAt(token, at)), qPrintable(changedAt(token, at)));
}

void tst_JoinTokens::joinUrl_data()
{
    QTest::addColumn<QString>("base");
    QTest::addColumn<QString>("table");
    QTest::addColumn<QString>("url");

    QTest::newRow("a space") << QStringLiteral("http://192.168.1.20:8080")
                             << QStringLiteral("Table 1")
                             << QStringLiteral("http://192.168.1.20:8080/t/Table%201?k=TOKEN");
    QTest::newRow("accents, UTF-8")
        << QStringLiteral("http://10.0.0.2:8080") << QStringLiteral("Café Ü")
        << QStringLiteral("http://10.0.0.2:8080/t/Caf%C3%A9%20%C3%9C?k=TOKEN");
    QTest::newRow("a slash and a question mark")
        << QStringLiteral("https://dojo.example") << QStringLiteral("A/B?")
        << QStringLiteral("https://dojo.example/t/A%2FB%3F?k=TOKEN");
}

void tst_JoinTokens::joinUrl()
{
    QFETCH(QString, base);
    QFETCH(QString, table);
    QFETCH(QString, url);
    QCOMPARE(dojo::live::joinUrl(base, table, QStringLiteral("TOKEN")), url);
}

void tst_JoinTokens::reachableBase_data()
{
    QTest::addColumn<QString>("publicUrl");
    QTest::addColumn<QString>("base");

    QTest::newRow("as given") << QStringLiteral("https://dojo.example")
                              << QStringLiteral("https://dojo.example");
    QTest::newRow("one trailing slash")
        << QStringLiteral("https://dojo.example/") << QStringLiteral("https://dojo.example");
    QTest::newRow("trailing slashes and spaces")
        << QStringLiteral("  https://dojo.example/live/// ")
        << QStringLiteral("https://dojo.example/live");
}

void tst_JoinTokens::reachableBase()
{
    QFETCH(QString, publicUrl);
    QFETCH(QString, base);
    QCOMPARE(dojo::live::reachableBase(8080, publicUrl), base);
}

// Without a public URL: this PC's address (whichever the machine has) with the port.
void tst_JoinTokens::reachableBaseWithoutPublicUrl()
{
    const QString base = dojo::live::reachableBase(8123, QString());
    QVERIFY2(QRegularExpression(QStringLiteral("^http://\\d+\\.\\d+\\.\\d+\\.\\d+:8123$"))
                 .match(base)
                 .hasMatch(),
             qPrintable(base));
}

QTEST_GUILESS_MAIN(tst_JoinTokens)
#include "tst_jointokens.moc"
