<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>dojo::app</name>
    <message numerus="yes">
        <source>%n run(s) in %1 ms (%2 microseconds per run)</source>
        <translation>
            <numerusform>%n run in %1 ms (%2 microseconds per run)</numerusform>
            <numerusform>%n runs in %1 ms (%2 microseconds per run)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 frames (%2 s of video, %n shot(s)) in %3 s: %4 and %5</source>
        <translation>
            <numerusform>%1 frames (%2 s of video, %n shot) in %3 s: %4 and %5</numerusform>
            <numerusform>%1 frames (%2 s of video, %n shots) in %3 s: %4 and %5</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>frame %1, %n shot(s)</source>
        <translation>
            <numerusform>frame %1, %n shot</numerusform>
            <numerusform>frame %1, %n shots</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 frames and %n shot(s) in %2 s (%3 ms a frame): %4</source>
        <translation>
            <numerusform>%1 frames and %n shot in %2 s (%3 ms a frame): %4</numerusform>
            <numerusform>%1 frames and %n shots in %2 s (%3 ms a frame): %4</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>recorded %n tournament result(s) from the tables</source>
        <translation>
            <numerusform>recorded %n tournament result from the tables</numerusform>
            <numerusform>recorded %n tournament results from the tables</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A backup is made every night at %1 into %2; the newest %n are kept.</source>
        <translation>
            <numerusform>A backup is made every night at %1 into %2; %n backup, the newest, is kept.</numerusform>
            <numerusform>A backup is made every night at %1 into %2; the newest %n are kept.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dojo::capture</name>
    <message numerus="yes">
        <source>No camera %1 is connected; this computer has %n camera(s).</source>
        <translation>
            <numerusform>No camera %1 is connected; this computer has %n camera.</numerusform>
            <numerusform>No camera %1 is connected; this computer has %n cameras.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dojo::rules</name>
    <message numerus="yes">
        <source>%n break-and-run(s)</source>
        <translation>
            <numerusform>%n break-and-run</numerusform>
            <numerusform>%n break-and-runs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n foul(s)</source>
        <translation>
            <numerusform>%1: %n foul</numerusform>
            <numerusform>%1: %n fouls</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %2, %n of them scratches</source>
        <translation>
            <numerusform>%1: %2, %n of them a scratch</numerusform>
            <numerusform>%1: %2, %n of them scratches</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n foul(s)</source>
        <translation>
            <numerusform>%n foul</numerusform>
            <numerusform>%n fouls</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dojo::storage</name>
    <message numerus="yes">
        <source>%n booking(s) still to come hold it; cancel or move them first</source>
        <translation>
            <numerusform>%n booking still to come holds it; cancel or move it first</numerusform>
            <numerusform>%n bookings still to come hold it; cancel or move them first</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>it is full (%n players)</source>
        <translation>
            <numerusform>it is full (%n player)</numerusform>
            <numerusform>it is full (%n players)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dojo::ui</name>
    <message numerus="yes">
        <source>Tracking: %n ball(s) on the table, %1 shot(s) since the camera started.</source>
        <translation>
            <numerusform>Tracking: %n ball on the table, %1 shot(s) since the camera started.</numerusform>
            <numerusform>Tracking: %n balls on the table, %1 shot(s) since the camera started.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Live at %1 · %n watching</source>
        <translation>
            <numerusform>Live at %1 · %n watching</numerusform>
            <numerusform>Live at %1 · %n watching</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sent %n cards to the printer.</source>
        <translation>
            <numerusform>Sent %n card to the printer.</numerusform>
            <numerusform>Sent %n cards to the printer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved %n cards in %1.</source>
        <translation>
            <numerusform>Saved %n card in %1.</numerusform>
            <numerusform>Saved %n cards in %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cards, four to an A4 sheet with cut marks.</source>
        <translation>
            <numerusform>%n card, four to an A4 sheet with cut marks.</numerusform>
            <numerusform>%n cards, four to an A4 sheet with cut marks.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min: %1</source>
        <translation>
            <numerusform>%n min: %1</numerusform>
            <numerusform>%n min: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n signed up</source>
        <translation>
            <numerusform>%n signed up</numerusform>
            <numerusform>%n signed up</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 signed up, %n waiting</source>
        <translation>
            <numerusform>%1 signed up, %n waiting</numerusform>
            <numerusform>%1 signed up, %n waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %2, %n waiting</source>
        <translation>
            <numerusform>%1 of %2, %n waiting</numerusform>
            <numerusform>%1 of %2, %n waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancel %1? Nobody can sign up for it any more, and it cannot be opened again; its %n sign-ups stay on record.</source>
        <translation>
            <numerusform>Cancel %1? Nobody can sign up for it any more, and it cannot be opened again; its %n sign-up stays on record.</numerusform>
            <numerusform>Cancel %1? Nobody can sign up for it any more, and it cannot be opened again; its %n sign-ups stay on record.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2 · %n players</source>
        <translation>
            <numerusform>%1 · %2 · %n player</numerusform>
            <numerusform>%1 · %2 · %n players</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2 · %n players · %3</source>
        <translation>
            <numerusform>%1 · %2 · %n player · %3</numerusform>
            <numerusform>%1 · %2 · %n players · %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n players in, %1 checked in, %2 paid.</source>
        <translation>
            <numerusform>%n player in, %1 checked in, %2 paid.</numerusform>
            <numerusform>%n players in, %1 checked in, %2 paid.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Purse %1: %n entry fees of %2 and %3 added; %4 % of it paid out.</source>
        <translation>
            <numerusform>Purse %1: %n entry fee of %2 and %3 added; %4 % of it paid out.</numerusform>
            <numerusform>Purse %1: %n entry fees of %2 and %3 added; %4 % of it paid out.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n matches: %1 won %2, %3 won %4.</source>
        <translation>
            <numerusform>%n match: %1 won %2, %3 won %4.</numerusform>
            <numerusform>%n matches: %1 won %2, %3 won %4.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n matches: %1 won %2, %3 won %4, %5 drawn.</source>
        <translation>
            <numerusform>%n match: %1 won %2, %3 won %4, %5 drawn.</numerusform>
            <numerusform>%n matches: %1 won %2, %3 won %4, %5 drawn.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n players found</source>
        <translation>
            <numerusform>%n player found</numerusform>
            <numerusform>%n players found</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n racks, provisional; place %1 of %2 with racks played.</source>
        <translation>
            <numerusform>%n rack, provisional; place %1 of %2 with racks played.</numerusform>
            <numerusform>%n racks, provisional; place %1 of %2 with racks played.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n racks, established; place %1 of %2 with racks played.</source>
        <translation>
            <numerusform>%n rack, established; place %1 of %2 with racks played.</numerusform>
            <numerusform>%n racks, established; place %1 of %2 with racks played.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>In %n matches by the automatic referee: %1 balls per inning, %2 of %3 breaks made.</source>
        <translation>
            <numerusform>In %n match by the automatic referee: %1 balls per inning, %2 of %3 breaks made.</numerusform>
            <numerusform>In %n matches by the automatic referee: %1 balls per inning, %2 of %3 breaks made.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n matches. A result entered by hand is voided (Delete) or corrected (Enter) by a referee or a manager.</source>
        <translation>
            <numerusform>%n match. A result entered by hand is voided (Delete) or corrected (Enter) by a referee or a manager.</numerusform>
            <numerusform>%n matches. A result entered by hand is voided (Delete) or corrected (Enter) by a referee or a manager.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 played over %n visits.</source>
        <translation>
            <numerusform>%1 played over %n visit.</numerusform>
            <numerusform>%1 played over %n visits.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n racks, provisional)</source>
        <translation>
            <numerusform>%1 (%n rack, provisional)</numerusform>
            <numerusform>%1 (%n racks, provisional)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n racks)</source>
        <translation>
            <numerusform>%1 (%n rack)</numerusform>
            <numerusform>%1 (%n racks)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dojo::venue</name>
    <message numerus="yes">
        <source>%n shot(s) wait for a referee. Shot %1: %2</source>
        <translation>
            <numerusform>%n shot waits for a referee. Shot %1: %2</numerusform>
            <numerusform>%n shots wait for a referee. Shot %1: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong PINs for %1: try again in %n seconds.</source>
        <translation>
            <numerusform>Too many wrong PINs for %1: try again in %n second.</numerusform>
            <numerusform>Too many wrong PINs for %1: try again in %n seconds.</numerusform>
        </translation>
    </message>
</context>
</TS>
