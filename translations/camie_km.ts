<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="km_KH">
<context>
    <name>KioskHeader</name>
    <message>
        <source>CAM-IE Registration</source>
        <translation>ការចុះឈ្មោះ CAM-IE</translation>
    </message>
</context>
<context>
    <name>LanguageSwitch</name>
    <message>
        <source>Language: %1</source>
        <translation>ភាសា៖ %1</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>CAM-IE Registration Kiosk</source>
        <translation>ស្ថានីយចុះឈ្មោះ CAM-IE</translation>
    </message>
    <message>
        <source>No Khmer font is installed, so Khmer text cannot be shown. Ask a technician to install the fonts-khmeros package.</source>
        <translation>មិនមានពុម្ពអក្សរខ្មែរដំឡើងទេ ដូច្នេះមិនអាចបង្ហាញអក្សរខ្មែរបានទេ។ សូមស្នើអ្នកបច្ចេកទេសឱ្យដំឡើងកញ្ចប់ fonts-khmeros។</translation>
    </message>
    <message>
        <source>Sign-in is not available yet: this kiosk has no operators.</source>
        <translation>មិនទាន់អាចចូលប្រើបានទេ៖ ស្ថានីយនេះមិនទាន់មានប្រតិបត្តិករទេ។</translation>
    </message>
</context>
<context>
    <name>SignInScreen</name>
    <message>
        <source>Sign in</source>
        <translation>ចូលប្រើ</translation>
    </message>
    <message>
        <source>Enter your operator ID and PIN to start registering people.</source>
        <translation>បញ្ចូលលេខសម្គាល់ប្រតិបត្តិករ និងលេខ PIN របស់អ្នក ដើម្បីចាប់ផ្តើមចុះឈ្មោះ។</translation>
    </message>
    <message>
        <source>Operator ID</source>
        <translation>លេខសម្គាល់ប្រតិបត្តិករ</translation>
    </message>
    <message>
        <source>PIN or passphrase</source>
        <translation>លេខ PIN ឬពាក្យសម្ងាត់</translation>
    </message>
</context>
</TS>
