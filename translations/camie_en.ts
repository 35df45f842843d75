<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>KioskHeader</name>
    <message>
        <source>CAM-IE Registration</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LanguageSwitch</name>
    <message>
        <source>Language: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>CAM-IE Registration Kiosk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Khmer font is installed, so Khmer text cannot be shown. Ask a technician to install the fonts-khmeros package.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in is not available yet: this kiosk has no operators.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignInScreen</name>
    <message>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your operator ID and PIN to start registering people.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operator ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN or passphrase</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
