// The camera source dialog: it opens on what the table has, composes the source text from its
// fields, and offers OK only for a text that reads.

#include <camerasource/camerasourcedialog.h>

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTest>

using dojo::ui::CameraSourceDialog;

class tst_CameraSourceDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void opensOnTheTablesSource_data();
    void opensOnTheTablesSource();
    void theFieldsComposeTheText();
    void aTextThatDoesNotReadIsNotAccepted();

private:
    static QLineEdit *text(CameraSourceDialog &dialog)
    {
        return dialog.findChild<QLineEdit *>(QStringLiteral("sourceText"));
    }
    static QPushButton *ok(CameraSourceDialog &dialog)
    {
        return dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    }
};

void tst_CameraSourceDialog::opensOnTheTablesSource_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<int>("kind"); // the kind combo's row
    QTest::newRow("none") << QString() << 0;
    QTest::newRow("camera") << QStringLiteral("camera:0?size=1920x1080&fps=60") << 1;
    QTest::newRow("file") << QStringLiteral("/srv/tables/t1.mp4") << 2;
    QTest::newRow("stream") << QStringLiteral("rtsp://10.0.0.7/table3") << 3;
    QTest::newRow("simulated") << QStringLiteral("sim:4?game=8-ball") << 4;
}

void tst_CameraSourceDialog::opensOnTheTablesSource()
{
    QFETCH(QString, source);
    QFETCH(int, kind);
    CameraSourceDialog dialog(QStringLiteral("Table 3"), source);
    QCOMPARE(dialog.windowTitle(), QStringLiteral("Camera of Table 3"));
    QCOMPARE(dialog.findChild<QComboBox *>()->currentIndex(), kind);
    QCOMPARE(dialog.source(), source);
    QVERIFY(ok(dialog)->isEnabled());
}

void tst_CameraSourceDialog::theFieldsComposeTheText()
{
    CameraSourceDialog dialog(QStringLiteral("Table 1"), QStringLiteral("sim:1"));
    const QList<QSpinBox *> spins = dialog.findChildren<QSpinBox *>();
    QSpinBox *seed = nullptr;
    for (QSpinBox *spin : spins)
        if (spin->value() == 1 && spin->maximum() == 999999)
            seed = spin;
    QVERIFY(seed);
    seed->setValue(17);
    QCOMPARE(dialog.source(), QStringLiteral("sim:17"));
    dialog.findChild<QComboBox *>()->setCurrentIndex(0); // no camera
    QCOMPARE(dialog.source(), QString());
    QVERIFY(ok(dialog)->isEnabled());
}

void tst_CameraSourceDialog::aTextThatDoesNotReadIsNotAccepted()
{
    CameraSourceDialog dialog(QStringLiteral("Table 2"), QStringLiteral("sim:2"));
    text(dialog)->setText(QStringLiteral("sim:not-a-number"));
    QVERIFY(!ok(dialog)->isEnabled());
    const QLabel *problem = dialog.findChild<QLabel *>(QStringLiteral("sourceProblem"));
    QVERIFY2(problem->text().contains(QStringLiteral("not-a-number")), qPrintable(problem->text()));
    text(dialog)->setText(QStringLiteral("sim:5"));
    QVERIFY(ok(dialog)->isEnabled());
    QCOMPARE(dialog.source(), QStringLiteral("sim:5"));
}

QTEST_MAIN(tst_CameraSourceDialog)
#include "tst_camerasourcedialog.moc"
