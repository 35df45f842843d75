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
<context>
    <name>camie::domain::Validator</name>
    <message>
        <source>This is too long: use at most %1 characters.</source>
        <translation>វែងពេក៖ សូមប្រើមិនលើសពី %1 តួអក្សរ។</translation>
    </message>
    <message>
        <source>Enter the mobile number: 9 or 10 digits starting with 0 (such as 012 345 678), or the number starting with +855.</source>
        <translation>សូមបញ្ចូលលេខទូរសព្ទដៃ៖ លេខ ៩ ឬ ១០ ខ្ទង់ ដែលចាប់ផ្តើមដោយលេខ 0 (ដូចជា 012 345 678) ឬលេខដែលចាប់ផ្តើមដោយ +855។</translation>
    </message>
    <message>
        <source>Choose one of the options offered.</source>
        <translation>សូមជ្រើសរើសជម្រើសណាមួយដែលមាននៅក្នុងបញ្ជី។</translation>
    </message>
    <message>
        <source>Answer yes or no.</source>
        <translation>សូមឆ្លើយ បាទ/ចាស ឬ ទេ។</translation>
    </message>
    <message>
        <source>The person must agree to the consent statement before the registration can continue.</source>
        <translation>សាមីខ្លួនត្រូវយល់ព្រមលើសេចក្តីថ្លែងការណ៍យល់ព្រម ទើបអាចបន្តការចុះឈ្មោះបាន។</translation>
    </message>
    <message>
        <source>Enter this answer as text.</source>
        <translation>សូមបញ្ចូលចម្លើយនេះជាអក្សរ។</translation>
    </message>
    <message>
        <source>The text holds characters that cannot be used, such as control characters. Type it again.</source>
        <translation>អត្ថបទនេះមានតួអក្សរដែលមិនអាចប្រើបាន ដូចជាតួអក្សរបញ្ជា។ សូមវាយម្តងទៀត។</translation>
    </message>
    <message>
        <source>Write the name in Khmer script only: Khmer letters and spaces.</source>
        <translation>សូមសរសេរឈ្មោះជាអក្សរខ្មែរតែប៉ុណ្ណោះ៖ អក្សរខ្មែរ និងដកឃ្លា។</translation>
    </message>
    <message>
        <source>Each word of the Khmer name must start with a consonant or an independent vowel.</source>
        <translation>ពាក្យនីមួយៗនៃឈ្មោះជាអក្សរខ្មែរ ត្រូវចាប់ផ្តើមដោយព្យញ្ជនៈ ឬស្រៈពេញតួ។</translation>
    </message>
    <message>
        <source>Write the name in Latin letters (A to Z, accents allowed), with only spaces, hyphens, apostrophes or dots between them.</source>
        <translation>សូមសរសេរឈ្មោះជាអក្សរឡាតាំង (A ដល់ Z អាចមានសញ្ញាសំឡេង) ដោយប្រើតែដកឃ្លា សញ្ញាដាច់ (-) សញ្ញាអាប៉ូស្ត្រូហ្វ (') ឬចំណុច (.) នៅចន្លោះអក្សរ។</translation>
    </message>
    <message>
        <source>Enter the date as year-month-day, for example 1990-01-31.</source>
        <translation>សូមបញ្ចូលកាលបរិច្ឆេទជា ឆ្នាំ-ខែ-ថ្ងៃ ឧទាហរណ៍ 1990-01-31។</translation>
    </message>
    <message>
        <source>This date does not exist in the calendar. Check the day and the month.</source>
        <translation>កាលបរិច្ឆេទនេះមិនមាននៅក្នុងប្រតិទិនទេ។ សូមពិនិត្យថ្ងៃ និងខែឡើងវិញ។</translation>
    </message>
    <message>
        <source>The date of birth cannot be in the future.</source>
        <translation>ថ្ងៃខែឆ្នាំកំណើតមិនអាចជាថ្ងៃនាពេលអនាគតបានទេ។</translation>
    </message>
    <message>
        <source>Only people aged %1 to %2 years can register. Check the date of birth.</source>
        <translation>មានតែអ្នកដែលមានអាយុពី %1 ដល់ %2 ឆ្នាំប៉ុណ្ណោះ ដែលអាចចុះឈ្មោះបាន។ សូមពិនិត្យថ្ងៃខែឆ្នាំកំណើតឡើងវិញ។</translation>
    </message>
    <message>
        <source>Enter the national ID card number: exactly 9 digits.</source>
        <translation>សូមបញ្ចូលលេខអត្តសញ្ញាណប័ណ្ណ៖ ត្រូវមាន ៩ ខ្ទង់គត់។</translation>
    </message>
    <message>
        <source>Enter the document number: 1 to 20 letters (A to Z) or digits.</source>
        <translation>សូមបញ្ចូលលេខឯកសារ៖ អក្សរ (A ដល់ Z) ឬលេខ ពី ១ ដល់ ២០ តួ។</translation>
    </message>
    <message>
        <source>Choose the village from the list. A village code has 8 digits.</source>
        <translation>សូមជ្រើសរើសភូមិពីបញ្ជី។ លេខកូដភូមិមាន ៨ ខ្ទង់។</translation>
    </message>
    <message>
        <source>The list of villages is not loaded, so the village cannot be checked. Ask a technician to load the reference data.</source>
        <translation>មិនទាន់មានបញ្ជីភូមិនៅឡើយទេ ដូច្នេះមិនអាចពិនិត្យភូមិបានទេ។ សូមស្នើអ្នកបច្ចេកទេសឱ្យផ្ទុកទិន្នន័យយោង។</translation>
    </message>
    <message>
        <source>This village code is not in the list of villages. Choose the village from the list.</source>
        <translation>លេខកូដភូមិនេះមិនមាននៅក្នុងបញ្ជីភូមិទេ។ សូមជ្រើសរើសភូមិពីបញ្ជី។</translation>
    </message>
    <message>
        <source>Enter a whole number.</source>
        <translation>សូមបញ្ចូលចំនួនគត់។</translation>
    </message>
    <message>
        <source>Enter a number from %1 to %2.</source>
        <translation>សូមបញ្ចូលចំនួនពី %1 ដល់ %2។</translation>
    </message>
    <message>
        <source>Enter a number of at least %1.</source>
        <translation>សូមបញ្ចូលចំនួនយ៉ាងតិច %1។</translation>
    </message>
    <message>
        <source>Enter a number no greater than %1.</source>
        <translation>សូមបញ្ចូលចំនួនមិនលើសពី %1។</translation>
    </message>
    <message>
        <source>This answer is not part of the form.</source>
        <translation>ចម្លើយនេះមិនមែនជាផ្នែកមួយនៃទម្រង់បែបបទនេះទេ។</translation>
    </message>
    <message>
        <source>Please fill in this field.</source>
        <translation>សូមបំពេញព័ត៌មាននេះ។</translation>
    </message>
</context>
<context>
    <name>camie::store::KeyVault</name>
    <message>
        <source>The operator ID or PIN is wrong.</source>
        <translation>លេខសម្គាល់ប្រតិបត្តិករ ឬលេខ PIN មិនត្រឹមត្រូវទេ។</translation>
    </message>
    <message>
        <source>This operator can no longer sign in.</source>
        <translation>ប្រតិបត្តិករនេះមិនអាចចូលប្រើបានទៀតទេ។</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong PINs. Try again in %n minute(s).</source>
        <translation>
            <numerusform>បានបញ្ចូលលេខ PIN ខុសច្រើនដងពេក។ សូមព្យាយាមម្ដងទៀតក្នុងរយៈពេល %n នាទីទៀត។</numerusform>
            <numerusform>បានបញ្ចូលលេខ PIN ខុសច្រើនដងពេក។ សូមព្យាយាមម្ដងទៀតក្នុងរយៈពេល %n នាទីទៀត។</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>camie::store::RegistrationQueue</name>
    <message>
        <source>This kiosk has no valid registry key to seal registrations to. Connect to the registry or ask a technician to load its keys.</source>
        <translation>ស្ថានីយនេះមិនមានកូនសោរបស់ប្រព័ន្ធចុះបញ្ជីដែលមានសុពលភាព សម្រាប់ចាក់សោការចុះឈ្មោះទេ។ សូមភ្ជាប់ទៅប្រព័ន្ធចុះបញ្ជី ឬស្នើអ្នកបច្ចេកទេសឱ្យដាក់កូនសោចូល។</translation>
    </message>
    <message>
        <source>This registration&apos;s personal data was removed after the retention period; only the receipt remains.</source>
        <translation>ទិន្នន័យផ្ទាល់ខ្លួននៃការចុះឈ្មោះនេះត្រូវបានលុប បន្ទាប់ពីរយៈពេលរក្សាទុកបានផុតកំណត់។ នៅសល់តែបង្កាន់ដៃប៉ុណ្ណោះ។</translation>
    </message>
    <message>
        <source>Only a supervisor can reopen a rejected registration.</source>
        <translation>មានតែអ្នកគ្រប់គ្រងប៉ុណ្ណោះ ដែលអាចបើកការចុះឈ្មោះដែលត្រូវបានបដិសេធ ដើម្បីកែឡើងវិញបាន។</translation>
    </message>
</context>
<context>
    <name>camie::store::SecretPolicy</name>
    <message>
        <source>A PIN needs at least %1 digits.</source>
        <translation>លេខ PIN ត្រូវមានយ៉ាងតិច %1 ខ្ទង់។</translation>
    </message>
    <message>
        <source>This PIN is too easy to guess; choose another.</source>
        <translation>លេខ PIN នេះងាយទាយពេក។ សូមជ្រើសរើសលេខផ្សេង។</translation>
    </message>
    <message>
        <source>Use a PIN of at least %1 digits, or a passphrase of at least %2 characters.</source>
        <translation>សូមប្រើលេខ PIN យ៉ាងតិច %1 ខ្ទង់ ឬពាក្យសម្ងាត់យ៉ាងតិច %2 តួអក្សរ។</translation>
    </message>
</context>
<context>
    <name>camie::store::SqliteError</name>
    <message>
        <source>Storage full: the kiosk&apos;s disk has no room for more registrations. Free space or call a technician; nothing already saved is lost.</source>
        <translation>ទំហំផ្ទុកពេញ៖ ថាសរបស់ស្ថានីយគ្មានកន្លែងសម្រាប់ការចុះឈ្មោះបន្ថែមទៀតទេ។ សូមបង្កើនទំហំទំនេរ ឬហៅអ្នកបច្ចេកទេស។ ទិន្នន័យដែលបានរក្សាទុករួចហើយមិនបាត់បង់ទេ។</translation>
    </message>
</context>
</TS>
