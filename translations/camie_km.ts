<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="km_KH">
<context>
    <name>AddressPickerView</name>
    <message>
        <source>Back</source>
        <translation>ថយក្រោយ</translation>
    </message>
    <message>
        <source>Choose the province</source>
        <translation>ជ្រើសរើសខេត្ត</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>បោះបង់</translation>
    </message>
    <message>
        <source>Search a village, commune, district or province</source>
        <translation>ស្វែងរកភូមិ ឃុំ/សង្កាត់ ស្រុក/ខណ្ឌ ឬខេត្ត</translation>
    </message>
    <message>
        <source>The list of villages is not loaded yet. Connect to the registry or ask a technician.</source>
        <translation>បញ្ជីភូមិមិនទាន់ត្រូវបានផ្ទុកនៅឡើយទេ។ សូមភ្ជាប់ទៅប្រព័ន្ធចុះបញ្ជី ឬសួរអ្នកបច្ចេកទេស។</translation>
    </message>
</context>
<context>
    <name>ChangePinScreen</name>
    <message>
        <source>Change your PIN</source>
        <translation>ប្ដូរលេខ PIN របស់អ្នក</translation>
    </message>
    <message>
        <source>Your new PIN is in place. Use it from the next sign-in.</source>
        <translation>លេខ PIN ថ្មីរបស់អ្នកត្រូវបានដាក់ឱ្យប្រើហើយ។ សូមប្រើវាចាប់ពីការចូលប្រើលើកក្រោយ។</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>រួចរាល់</translation>
    </message>
</context>
<context>
    <name>DraftOffer</name>
    <message>
        <source>An unfinished registration</source>
        <translation>ការចុះឈ្មោះដែលមិនទាន់បញ្ចប់</translation>
    </message>
    <message>
        <source>The unfinished registration cannot be opened</source>
        <translation>មិនអាចបើកការចុះឈ្មោះដែលមិនទាន់បញ្ចប់បានទេ</translation>
    </message>
    <message>
        <source>Delete these answers for good? They cannot be brought back.</source>
        <translation>លុបចម្លើយទាំងនេះជាស្ថាពរឬ? មិនអាចយកមកវិញបានទេ។</translation>
    </message>
    <message>
        <source>%1 started a registration that was not finished. Its answers were last kept on %2.</source>
        <translation>%1 បានចាប់ផ្ដើមការចុះឈ្មោះមួយដែលមិនទាន់បញ្ចប់។ ចម្លើយរបស់វាត្រូវបានរក្សាទុកចុងក្រោយនៅ %2។</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>យល់ព្រម</translation>
    </message>
    <message>
        <source>Delete the answers</source>
        <translation>លុបចម្លើយ</translation>
    </message>
    <message>
        <source>Delete it</source>
        <translation>លុបវាចោល</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>រក្សាទុកវា</translation>
    </message>
    <message>
        <source>Continue it</source>
        <translation>បន្តវា</translation>
    </message>
</context>
<context>
    <name>FormField</name>
    <message>
        <source>From the scan: check with the person</source>
        <translation>ពីការស្កេន៖ សូមផ្ទៀងផ្ទាត់ជាមួយសាមីខ្លួន</translation>
    </message>
    <message>
        <source>Correct</source>
        <translation>ត្រឹមត្រូវ</translation>
    </message>
    <message>
        <source>e.g. 012 345 678</source>
        <translation>ឧទាហរណ៍ 012 345 678</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>ជ្រើសរើស…</translation>
    </message>
    <message>
        <source>No village chosen yet</source>
        <translation>មិនទាន់បានជ្រើសរើសភូមិនៅឡើយទេ</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>ផ្លាស់ប្ដូរ</translation>
    </message>
    <message>
        <source>Choose village</source>
        <translation>ជ្រើសរើសភូមិ</translation>
    </message>
    <message>
        <source>I read this to the person, and they agree.</source>
        <translation>ខ្ញុំបានអានសេចក្ដីនេះជូនសាមីខ្លួន ហើយគាត់យល់ព្រម។</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>បាទ/ចាស</translation>
    </message>
    <message>
        <source>No</source>
        <translation>ទេ</translation>
    </message>
    <message>
        <source>Day.month.year as on the card, e.g. 31.01.1990</source>
        <translation>ថ្ងៃ.ខែ.ឆ្នាំ ដូចនៅលើកាត ឧ. ៣១.០១.១៩៩០</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <source>Signed in as %1</source>
        <translation>បានចូលប្រើជា %1</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>ចាកចេញ</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>ថ្ងៃនេះ</translation>
    </message>
    <message>
        <source>Waiting to send</source>
        <translation>កំពុងរង់ចាំផ្ញើ</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>បានផ្ញើ</translation>
    </message>
    <message>
        <source>Need correction</source>
        <translation>ត្រូវកែតម្រូវ</translation>
    </message>
    <message>
        <source>Last sent: %1</source>
        <translation>ផ្ញើចុងក្រោយ៖ %1</translation>
    </message>
    <message>
        <source>Nothing sent yet.</source>
        <translation>មិនទាន់បានផ្ញើអ្វីនៅឡើយទេ។</translation>
    </message>
    <message>
        <source>Try now</source>
        <translation>សាកល្បងឥឡូវនេះ</translation>
    </message>
    <message>
        <source>New registration</source>
        <translation>ចុះឈ្មោះថ្មី</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>កំណត់ត្រា</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>ការផ្ញើទិន្នន័យ</translation>
    </message>
    <message>
        <source>Technician</source>
        <translation>អ្នកបច្ចេកទេស</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>ស្ថិតិ</translation>
    </message>
    <message>
        <source>Change PIN</source>
        <translation>ប្ដូរលេខ PIN</translation>
    </message>
</context>
<context>
    <name>KeyboardKey</name>
    <message>
        <source>Shift</source>
        <translation>ប្ដូរ</translation>
    </message>
    <message>
        <source>AltGr</source>
        <translation>AltGr</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>បញ្ចូល</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>ដកឃ្លា</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>លាក់</translation>
    </message>
    <message>
        <source>Khmer</source>
        <translation>ខ្មែរ</translation>
    </message>
    <message>
        <source>Latin</source>
        <translation>ឡាតាំង</translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation>លេខ</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>លុប</translation>
    </message>
    <message>
        <source>Cursor left</source>
        <translation>ទស្សន៍ទ្រនិចទៅឆ្វេង</translation>
    </message>
    <message>
        <source>Cursor right</source>
        <translation>ទស្សន៍ទ្រនិចទៅស្ដាំ</translation>
    </message>
</context>
<context>
    <name>KioskHeader</name>
    <message>
        <source>CAM-IE Registration</source>
        <translation>ការចុះឈ្មោះ CAM-IE</translation>
    </message>
    <message>
        <source>Keyboard: Alt+Shift switches Khmer and Latin</source>
        <translation>ក្ដារចុច៖ Alt+Shift ប្ដូររវាងខ្មែរ និងឡាតាំង</translation>
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
    <message numerus="yes">
        <source>Too many wrong PINs. Try again in %n second(s).</source>
        <translation>
            <numerusform>បានបញ្ចូលលេខ PIN ខុសច្រើនដងពេក។ សូមព្យាយាមម្ដងទៀតក្នុងរយៈពេល %n វិនាទីទៀត។</numerusform>
            <numerusform>បានបញ្ចូលលេខ PIN ខុសច្រើនដងពេក។ សូមព្យាយាមម្ដងទៀតក្នុងរយៈពេល %n វិនាទីទៀត។</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PinChangePanel</name>
    <message>
        <source>A teller&apos;s PIN has at least 6 digits; a supervisor or technician needs at least 10 digits or a passphrase of 10 characters. Avoid easy ones like 123456 or 111111.</source>
        <translation>លេខ PIN របស់បេឡាករមានយ៉ាងតិច ៦ ខ្ទង់។ អ្នកគ្រប់គ្រង ឬអ្នកបច្ចេកទេស ត្រូវការយ៉ាងតិច ១០ ខ្ទង់ ឬពាក្យសម្ងាត់ ១០ តួអក្សរ។ ចៀសវាងលេខងាយៗ ដូចជា ១២៣៤៥៦ ឬ ១១១១១១។</translation>
    </message>
    <message>
        <source>Your PIN now</source>
        <translation>លេខ PIN បច្ចុប្បន្នរបស់អ្នក</translation>
    </message>
    <message>
        <source>New PIN or passphrase</source>
        <translation>លេខ PIN ឬពាក្យសម្ងាត់ថ្មី</translation>
    </message>
    <message>
        <source>New PIN or passphrase again</source>
        <translation>លេខ PIN ឬពាក្យសម្ងាត់ថ្មីម្ដងទៀត</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>បោះបង់</translation>
    </message>
    <message>
        <source>Save the new PIN</source>
        <translation>រក្សាទុកលេខ PIN ថ្មី</translation>
    </message>
</context>
<context>
    <name>ReceiptScreen</name>
    <message>
        <source>Done</source>
        <translation>រួចរាល់</translation>
    </message>
    <message>
        <source>Registry number</source>
        <translation>លេខចុះបញ្ជី</translation>
    </message>
    <message>
        <source>Not yet: it comes when the registration reaches the registry.</source>
        <translation>មិនទាន់មានទេ៖ វានឹងមកដល់ នៅពេលការចុះឈ្មោះទៅដល់ប្រព័ន្ធចុះបញ្ជី។</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>បោះពុម្ព</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>កំពុងបោះពុម្ព…</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>បានផ្ញើទៅម៉ាស៊ីនបោះពុម្ពហើយ។</translation>
    </message>
    <message>
        <source>Receipt code</source>
        <translation>លេខកូដបង្កាន់ដៃ</translation>
    </message>
    <message>
        <source>Registered on %1</source>
        <translation>បានចុះឈ្មោះនៅ %1</translation>
    </message>
    <message>
        <source>Save in Documents</source>
        <translation>រក្សាទុកក្នុងឯកសារ (Documents)</translation>
    </message>
    <message>
        <source>Save to the USB stick %1</source>
        <translation>រក្សាទុកក្នុងឧបករណ៍ USB %1</translation>
    </message>
</context>
<context>
    <name>RecordView</name>
    <message>
        <source>Back to the list</source>
        <translation>ត្រឡប់ទៅបញ្ជីវិញ</translation>
    </message>
    <message>
        <source>Receipt %1</source>
        <translation>បង្កាន់ដៃ %1</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ស្ថានភាព</translation>
    </message>
    <message>
        <source>Receipt code</source>
        <translation>លេខកូដបង្កាន់ដៃ</translation>
    </message>
    <message>
        <source>Registry number</source>
        <translation>លេខចុះបញ្ជី</translation>
    </message>
    <message>
        <source>Not yet received</source>
        <translation>មិនទាន់ទទួលបាននៅឡើយ</translation>
    </message>
    <message>
        <source>Registered on</source>
        <translation>ចុះឈ្មោះនៅ</translation>
    </message>
    <message>
        <source>Name in Khmer</source>
        <translation>ឈ្មោះជាអក្សរខ្មែរ</translation>
    </message>
    <message>
        <source>Name in Latin letters</source>
        <translation>ឈ្មោះជាអក្សរឡាតាំង</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>ភេទ</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>ថ្ងៃខែឆ្នាំកំណើត</translation>
    </message>
    <message>
        <source>Identity document</source>
        <translation>ឯកសារអត្តសញ្ញាណ</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>ទូរស័ព្ទ</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>អាសយដ្ឋាន</translation>
    </message>
    <message>
        <source>Occupation</source>
        <translation>មុខរបរ</translation>
    </message>
    <message>
        <source>Business name</source>
        <translation>ឈ្មោះអាជីវកម្ម</translation>
    </message>
    <message>
        <source>Print the receipt again</source>
        <translation>បោះពុម្ពបង្កាន់ដៃម្ដងទៀត</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>កំពុងបោះពុម្ព…</translation>
    </message>
    <message>
        <source>Save the receipt as PDF</source>
        <translation>រក្សាទុកបង្កាន់ដៃជា PDF</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>បានផ្ញើទៅម៉ាស៊ីនបោះពុម្ពហើយ។</translation>
    </message>
    <message>
        <source>ID card</source>
        <translation>អត្តសញ្ញាណប័ណ្ណ</translation>
    </message>
    <message>
        <source>The answers matched the ID card.</source>
        <translation>ចម្លើយត្រូវគ្នានឹងអត្តសញ្ញាណប័ណ្ណ។</translation>
    </message>
    <message>
        <source>Differed from the ID card: %1</source>
        <translation>ខុសពីអត្តសញ្ញាណប័ណ្ណ៖ %1</translation>
    </message>
    <message>
        <source>Confirmed by</source>
        <translation>បានបញ្ជាក់ដោយ</translation>
    </message>
    <message>
        <source>Supervisor %1</source>
        <translation>អ្នកគ្រប់គ្រង %1</translation>
    </message>
</context>
<context>
    <name>RecordsScreen</name>
    <message>
        <source>Back</source>
        <translation>ថយក្រោយ</translation>
    </message>
    <message>
        <source>No records found.</source>
        <translation>រកមិនឃើញកំណត់ត្រាទេ។</translation>
    </message>
    <message>
        <source>Reopen and correct</source>
        <translation>បើកឡើងវិញ ហើយកែតម្រូវ</translation>
    </message>
    <message>
        <source>Name, phone, ID number, receipt code or registry number</source>
        <translation>ឈ្មោះ លេខទូរស័ព្ទ លេខអត្តសញ្ញាណ លេខកូដបង្កាន់ដៃ ឬលេខចុះបញ្ជី</translation>
    </message>
</context>
<context>
    <name>RegistrationScreen</name>
    <message>
        <source>Cancel</source>
        <translation>បោះបង់</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>ថយក្រោយ</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>ពិនិត្យឡើងវិញ</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>បន្ទាប់</translation>
    </message>
    <message>
        <source>Scan</source>
        <translation>ស្កេន</translation>
    </message>
    <message numerus="yes">
        <source>%n scanned answer(s) to check</source>
        <translation>
            <numerusform>មានចម្លើយដែលបានស្កេន %n ដែលត្រូវពិនិត្យ</numerusform>
            <numerusform>មានចម្លើយដែលបានស្កេន %n ដែលត្រូវពិនិត្យ</numerusform>
        </translation>
    </message>
    <message>
        <source>Answers kept as a draft on %1</source>
        <translation>ចម្លើយបានរក្សាទុកជាសេចក្ដីព្រាងនៅ %1</translation>
    </message>
    <message>
        <source>Back to the review</source>
        <translation>ត្រឡប់ទៅការពិនិត្យ</translation>
    </message>
    <message>
        <source>Stop this registration?</source>
        <translation>បញ្ឈប់ការចុះឈ្មោះនេះឬ?</translation>
    </message>
    <message>
        <source>The answers given so far will be deleted from this kiosk.</source>
        <translation>ចម្លើយដែលបានផ្ដល់រហូតមកដល់ពេលនេះ នឹងត្រូវលុបចេញពីគីយ៉ូសនេះ។</translation>
    </message>
    <message>
        <source>Delete the answers</source>
        <translation>លុបចម្លើយ</translation>
    </message>
    <message>
        <source>Go on filling in</source>
        <translation>បន្តបំពេញ</translation>
    </message>
</context>
<context>
    <name>ReviewScreen</name>
    <message>
        <source>Check every answer with the person</source>
        <translation>សូមពិនិត្យចម្លើយនីមួយៗជាមួយសាមីខ្លួន</translation>
    </message>
    <message>
        <source>Change answers</source>
        <translation>កែប្រែចម្លើយ</translation>
    </message>
    <message>
        <source>All scanned answers are correct</source>
        <translation>ចម្លើយដែលបានស្កេនទាំងអស់ត្រឹមត្រូវ</translation>
    </message>
    <message>
        <source>Finish registration</source>
        <translation>បញ្ចប់ការចុះឈ្មោះ</translation>
    </message>
    <message>
        <source>Open that record</source>
        <translation>បើកកំណត់ត្រានោះ</translation>
    </message>
    <message>
        <source>Supervisor ID</source>
        <translation>អត្តលេខអ្នកគ្រប់គ្រង</translation>
    </message>
    <message>
        <source>PIN or passphrase</source>
        <translation>លេខ PIN ឬពាក្យសម្ងាត់</translation>
    </message>
    <message>
        <source>Supervisor allows</source>
        <translation>អ្នកគ្រប់គ្រងអនុញ្ញាត</translation>
    </message>
    <message>
        <source>These answers differ from the ID card that was read. Check them with the person; a supervisor must confirm them.</source>
        <translation>ចម្លើយទាំងនេះខុសពីអត្តសញ្ញាណប័ណ្ណដែលបានអាន។ សូមពិនិត្យវាជាមួយសាមីខ្លួន ហើយអ្នកគ្រប់គ្រងត្រូវបញ្ជាក់វា។</translation>
    </message>
    <message>
        <source>%1: the card says %2, the form says %3</source>
        <translation>%1៖ ប័ណ្ណសរសេរថា %2 ទម្រង់សរសេរថា %3</translation>
    </message>
    <message>
        <source>Supervisor confirms</source>
        <translation>អ្នកគ្រប់គ្រងបញ្ជាក់</translation>
    </message>
</context>
<context>
    <name>ScanPanel</name>
    <message>
        <source>Scan an ID card or a pre-registration code</source>
        <translation>ស្កេនអត្តសញ្ញាណប័ណ្ណ ឬកូដចុះឈ្មោះជាមុន</translation>
    </message>
    <message>
        <source>Back to the form</source>
        <translation>ត្រឡប់ទៅទម្រង់វិញ</translation>
    </message>
    <message>
        <source>No camera is connected. Use the hand scanner now, or read a picture from a USB stick below.</source>
        <translation>មិនមានកាមេរ៉ាភ្ជាប់ទេ។ សូមប្រើម៉ាស៊ីនស្កេនដៃឥឡូវនេះ ឬអានរូបភាពពី USB ខាងក្រោម។</translation>
    </message>
    <message>
        <source>Pictures on the USB stick</source>
        <translation>រូបភាពនៅលើ USB</translation>
    </message>
    <message>
        <source>The USB stick has no pictures (PNG or JPEG).</source>
        <translation>USB នេះគ្មានរូបភាព (PNG ឬ JPEG) ទេ។</translation>
    </message>
    <message>
        <source>Put in a USB stick with a picture of the code or the ID card.</source>
        <translation>សូមដោត USB ដែលមានរូបភាពកូដ ឬអត្តសញ្ញាណប័ណ្ណ។</translation>
    </message>
    <message>
        <source>Look again</source>
        <translation>មើលម្ដងទៀត</translation>
    </message>
    <message>
        <source>%1 (on %2)</source>
        <translation>%1 (នៅលើ %2)</translation>
    </message>
    <message>
        <source>Read an ID card with the camera</source>
        <translation>អានអត្តសញ្ញាណប័ណ្ណដោយកាមេរ៉ា</translation>
    </message>
    <message>
        <source>Read as ID card</source>
        <translation>អានជាអត្តសញ្ញាណប័ណ្ណ</translation>
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
    <message>
        <source>Choose your own PIN</source>
        <translation>ជ្រើសរើសលេខ PIN ផ្ទាល់ខ្លួនរបស់អ្នក</translation>
    </message>
</context>
<context>
    <name>StatisticsScreen</name>
    <message>
        <source>Back</source>
        <translation>ថយក្រោយ</translation>
    </message>
    <message>
        <source>Registrations across Cambodia: %1</source>
        <translation>ការចុះឈ្មោះទូទាំងប្រទេសកម្ពុជា៖ %1</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>ធ្វើបច្ចុប្បន្នភាព</translation>
    </message>
    <message>
        <source>This kiosk today: %1 registered, %2 waiting to send.</source>
        <translation>ស្ថានីយនេះថ្ងៃនេះ៖ បានចុះឈ្មោះ %1 កំពុងរង់ចាំផ្ញើ %2។</translation>
    </message>
</context>
<context>
    <name>SyncScreen</name>
    <message>
        <source>Back</source>
        <translation>ថយក្រោយ</translation>
    </message>
    <message>
        <source>%1 waiting to send, %2 sent, %3 need correction.</source>
        <translation>%1 កំពុងរង់ចាំផ្ញើ, %2 បានផ្ញើ, %3 ត្រូវកែតម្រូវ។</translation>
    </message>
    <message>
        <source>Try now</source>
        <translation>សាកល្បងឥឡូវនេះ</translation>
    </message>
</context>
<context>
    <name>TechnicianScreen</name>
    <message>
        <source>Back</source>
        <translation>ថយក្រោយ</translation>
    </message>
    <message>
        <source>CAM-IE kiosk %1</source>
        <translation>ស្ថានីយ CAM-IE %1</translation>
    </message>
    <message>
        <source>Leave kiosk mode</source>
        <translation>ចាកចេញពីរបៀបស្ថានីយ</translation>
    </message>
    <message>
        <source>Security server address</source>
        <translation>អាសយដ្ឋានម៉ាស៊ីនមេសុវត្ថិភាព</translation>
    </message>
    <message>
        <source>Connection type (mtls, tls or http)</source>
        <translation>ប្រភេទការតភ្ជាប់ (mtls, tls ឬ http)</translation>
    </message>
    <message>
        <source>X-Road client of this kiosk</source>
        <translation>អតិថិជន X-Road របស់ស្ថានីយនេះ</translation>
    </message>
    <message>
        <source>X-Road service of the registry</source>
        <translation>សេវា X-Road របស់ប្រព័ន្ធចុះបញ្ជី</translation>
    </message>
    <message>
        <source>CA certificates file</source>
        <translation>ឯកសារវិញ្ញាបនបត្រ CA</translation>
    </message>
    <message>
        <source>This kiosk&apos;s certificate file</source>
        <translation>ឯកសារវិញ្ញាបនបត្ររបស់ស្ថានីយនេះ</translation>
    </message>
    <message>
        <source>This kiosk&apos;s key file</source>
        <translation>ឯកសារកូនសោរបស់ស្ថានីយនេះ</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>ប្រូកស៊ី</translation>
    </message>
    <message>
        <source>Sign out after idle (seconds)</source>
        <translation>ចាកចេញពេលទំនេរ (វិនាទី)</translation>
    </message>
    <message>
        <source>Language at start (km or en)</source>
        <translation>ភាសាពេលចាប់ផ្ដើម (km ឬ en)</translation>
    </message>
    <message>
        <source>Check the connection</source>
        <translation>ពិនិត្យការតភ្ជាប់</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>រក្សាទុក</translation>
    </message>
    <message>
        <source>Undo changes</source>
        <translation>មិនធ្វើការផ្លាស់ប្ដូរវិញ</translation>
    </message>
    <message>
        <source>USB stick</source>
        <translation>ឧបករណ៍ USB</translation>
    </message>
    <message>
        <source>Folder of the USB stick</source>
        <translation>ថតនៃឧបករណ៍ USB</translation>
    </message>
    <message>
        <source>Export unsent registrations</source>
        <translation>នាំចេញការចុះឈ្មោះដែលមិនទាន់ផ្ញើ</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>នាំចូល %1</translation>
    </message>
    <message>
        <source>Send exported ones from here</source>
        <translation>ផ្ញើការចុះឈ្មោះដែលបាននាំចេញពីទីនេះ</translation>
    </message>
</context>
<context>
    <name>camie::app::KioskSettingsBackend</name>
    <message>
        <source>The registry answered through the security server: the connection works.</source>
        <translation>ប្រព័ន្ធចុះបញ្ជីបានឆ្លើយតបតាមរយៈម៉ាស៊ីនមេសុវត្ថិភាព៖ ការតភ្ជាប់ដំណើរការ។</translation>
    </message>
    <message>
        <source>The settings were saved in %1, but the audit log could not record it: %2</source>
        <translation>ការកំណត់ត្រូវបានរក្សាទុកក្នុង %1 ប៉ុន្តែកំណត់ហេតុសវនកម្មមិនអាចកត់ត្រាវាបានទេ៖ %2</translation>
    </message>
</context>
<context>
    <name>camie::app::TechnicianCheck</name>
    <message>
        <source>Only a signed-in technician can do this.</source>
        <translation>មានតែអ្នកបច្ចេកទេសដែលបានចូលប៉ុណ្ណោះ ទើបអាចធ្វើការនេះបាន។</translation>
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
        <translation>សូមសរសេរឈ្មោះជាអក្សរឡាតាំង (A ដល់ Z អាចមានសញ្ញាសំឡេង) ដោយប្រើតែដកឃ្លា សញ្ញាដាច់ (-) សញ្ញាអាប៉ូស្ត្រូហ្វ (&apos;) ឬចំណុច (.) នៅចន្លោះអក្សរ។</translation>
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
    <message>
        <source>Enter the date as the card prints it: day, month, year, for example 31.01.1990.</source>
        <translation>សូមបញ្ចូលកាលបរិច្ឆេទដូចដែលបានបោះពុម្ពនៅលើកាត៖ ថ្ងៃ ខែ ឆ្នាំ ឧទាហរណ៍ ៣១.០១.១៩៩០។</translation>
    </message>
    <message>
        <source>Your keyboard is typing Latin letters; press Alt+Shift for Khmer.</source>
        <translation>ក្ដារចុចរបស់អ្នកកំពុងវាយអក្សរឡាតាំង។ សូមចុច Alt+Shift ដើម្បីប្ដូរទៅអក្សរខ្មែរ។</translation>
    </message>
    <message>
        <source>Your keyboard is typing Khmer letters; press Alt+Shift for Latin letters.</source>
        <translation>ក្ដារចុចរបស់អ្នកកំពុងវាយអក្សរខ្មែរ។ សូមចុច Alt+Shift ដើម្បីប្ដូរទៅអក្សរឡាតាំង។</translation>
    </message>
    <message>
        <source>Your keyboard is typing Khmer letters: type digits here (Khmer or Latin digits both work).</source>
        <translation>ក្ដារចុចរបស់អ្នកកំពុងវាយអក្សរខ្មែរ៖ សូមវាយតែលេខនៅទីនេះ (លេខខ្មែរ ឬលេខឡាតាំងក៏បាន)។</translation>
    </message>
    <message>
        <source>Choose one.</source>
        <translation>សូមជ្រើសរើសមួយ។</translation>
    </message>
</context>
<context>
    <name>camie::scan::BarcodeDecoder</name>
    <message>
        <source>The picture could not be read: %1.</source>
        <translation>មិនអាចអានរូបភាពបានទេ៖ %1។</translation>
    </message>
    <message>
        <source>The picture is empty or damaged.</source>
        <translation>រូបភាពនេះទទេ ឬខូច។</translation>
    </message>
</context>
<context>
    <name>camie::scan::FramePipeline</name>
    <message>
        <source>A camera picture could not be read.</source>
        <translation>មិនអាចអានរូបភាពពីកាមេរ៉ាបានទេ។</translation>
    </message>
</context>
<context>
    <name>camie::scan::Ie1Decoder</name>
    <message>
        <source>This is not a pre-registration code.</source>
        <translation>នេះមិនមែនជាកូដចុះឈ្មោះជាមុនទេ។</translation>
    </message>
    <message>
        <source>This pre-registration code is damaged: it holds characters it cannot hold. Scan it again.</source>
        <translation>កូដចុះឈ្មោះជាមុននេះខូច៖ វាមានតួអក្សរដែលមិនអាចមាននៅក្នុងវាបាន។ សូមស្កេនម្តងទៀត។</translation>
    </message>
    <message>
        <source>This pre-registration code is damaged and cannot be unpacked. Scan it again.</source>
        <translation>កូដចុះឈ្មោះជាមុននេះខូច ហើយមិនអាចពន្លាបានទេ។ សូមស្កេនម្តងទៀត។</translation>
    </message>
    <message>
        <source>This code holds far more data than a pre-registration can. It was not read.</source>
        <translation>កូដនេះមានទិន្នន័យច្រើនហួសពីអ្វីដែលការចុះឈ្មោះជាមុនអាចមាន។ វាមិនត្រូវបានអានទេ។</translation>
    </message>
    <message>
        <source>This pre-registration code is not put together correctly. Ask the person to make a new one on the portal.</source>
        <translation>កូដចុះឈ្មោះជាមុននេះមិនត្រូវបានរៀបចំត្រឹមត្រូវទេ។ សូមស្នើឱ្យសាមីខ្លួនបង្កើតកូដថ្មីនៅលើវិបផតថល។</translation>
    </message>
    <message>
        <source>This pre-registration code was signed with a key this kiosk does not know. Update the reference data, or fill in the form by hand.</source>
        <translation>កូដចុះឈ្មោះជាមុននេះត្រូវបានចុះហត្ថលេខាដោយសោដែលម៉ាស៊ីននេះមិនស្គាល់។ សូមធ្វើបច្ចុប្បន្នភាពទិន្នន័យយោង ឬបំពេញទម្រង់ដោយដៃ។</translation>
    </message>
    <message>
        <source>This pre-registration code was signed with a key that was not valid on the day it was made. Fill in the form by hand.</source>
        <translation>កូដចុះឈ្មោះជាមុននេះត្រូវបានចុះហត្ថលេខាដោយសោដែលគ្មានសុពលភាពនៅថ្ងៃដែលកូដត្រូវបានបង្កើត។ សូមបំពេញទម្រង់ដោយដៃ។</translation>
    </message>
    <message>
        <source>The signature of this pre-registration code does not match: it may have been altered. Fill in the form by hand.</source>
        <translation>ហត្ថលេខារបស់កូដចុះឈ្មោះជាមុននេះមិនត្រូវគ្នាទេ៖ កូដនេះប្រហែលជាត្រូវបានកែប្រែ។ សូមបំពេញទម្រង់ដោយដៃ។</translation>
    </message>
    <message>
        <source>This pre-registration code has expired. Ask the person to make a new one, or fill in the form by hand.</source>
        <translation>កូដចុះឈ្មោះជាមុននេះផុតសុពលភាពហើយ។ សូមស្នើឱ្យសាមីខ្លួនបង្កើតកូដថ្មី ឬបំពេញទម្រង់ដោយដៃ។</translation>
    </message>
    <message>
        <source>This pre-registration code holds no usable registration data. Fill in the form by hand.</source>
        <translation>កូដចុះឈ្មោះជាមុននេះគ្មានទិន្នន័យចុះឈ្មោះដែលអាចប្រើបានទេ។ សូមបំពេញទម្រង់ដោយដៃ។</translation>
    </message>
</context>
<context>
    <name>camie::scan::MrzParser</name>
    <message>
        <source>The document number does not match its check digit. Scan the card again, or type the number from the card.</source>
        <translation>លេខឯកសារមិនត្រូវគ្នានឹងខ្ទង់ផ្ទៀងផ្ទាត់របស់វាទេ។ សូមស្កេនប័ណ្ណម្តងទៀត ឬវាយលេខពីលើប័ណ្ណ។</translation>
    </message>
    <message>
        <source>The date of birth does not match its check digit. Scan the card again, or type the date from the card.</source>
        <translation>ថ្ងៃខែឆ្នាំកំណើតមិនត្រូវគ្នានឹងខ្ទង់ផ្ទៀងផ្ទាត់របស់វាទេ។ សូមស្កេនប័ណ្ណម្តងទៀត ឬវាយកាលបរិច្ឆេទពីលើប័ណ្ណ។</translation>
    </message>
    <message>
        <source>The expiry date does not match its check digit. Scan the card again.</source>
        <translation>កាលបរិច្ឆេទផុតសុពលភាពមិនត្រូវគ្នានឹងខ្ទង់ផ្ទៀងផ្ទាត់របស់វាទេ។ សូមស្កេនប័ណ្ណម្តងទៀត។</translation>
    </message>
    <message>
        <source>The personal number does not match its check digit. Scan the document again.</source>
        <translation>លេខផ្ទាល់ខ្លួនមិនត្រូវគ្នានឹងខ្ទង់ផ្ទៀងផ្ទាត់របស់វាទេ។ សូមស្កេនឯកសារម្តងទៀត។</translation>
    </message>
    <message>
        <source>The machine-readable zone does not match its overall check digit. Scan it again.</source>
        <translation>តំបន់អានដោយម៉ាស៊ីន (MRZ) មិនត្រូវគ្នានឹងខ្ទង់ផ្ទៀងផ្ទាត់សរុបរបស់វាទេ។ សូមស្កេនម្តងទៀត។</translation>
    </message>
    <message>
        <source>The machine-readable zone holds a character that cannot stand there. Scan it again, or type the details.</source>
        <translation>តំបន់អានដោយម៉ាស៊ីន (MRZ) មានតួអក្សរដែលមិនអាចនៅកន្លែងនោះបាន។ សូមស្កេនម្តងទៀត ឬវាយព័ត៌មានដោយដៃ។</translation>
    </message>
    <message>
        <source>This is not a whole machine-readable zone: an ID card has 3 lines of 30 characters, a passport 2 lines of 44. Scan it again.</source>
        <translation>នេះមិនមែនជាតំបន់អានដោយម៉ាស៊ីន (MRZ) ពេញលេញទេ៖ អត្តសញ្ញាណប័ណ្ណមាន ៣ បន្ទាត់ បន្ទាត់នីមួយៗមាន ៣០ តួអក្សរ ហើយលិខិតឆ្លងដែនមាន ២ បន្ទាត់ បន្ទាត់នីមួយៗមាន ៤៤ តួអក្សរ។ សូមស្កេនម្តងទៀត។</translation>
    </message>
    <message>
        <source>The date of birth in the machine-readable zone is not a calendar date. Type it from the card.</source>
        <translation>ថ្ងៃខែឆ្នាំកំណើតក្នុងតំបន់អានដោយម៉ាស៊ីន (MRZ) មិនមែនជាកាលបរិច្ឆេទដែលមានពិតទេ។ សូមវាយវាពីលើប័ណ្ណ។</translation>
    </message>
    <message>
        <source>The expiry date in the machine-readable zone is not a calendar date. Scan it again.</source>
        <translation>កាលបរិច្ឆេទផុតសុពលភាពក្នុងតំបន់អានដោយម៉ាស៊ីន (MRZ) មិនមែនជាកាលបរិច្ឆេទដែលមានពិតទេ។ សូមស្កេនម្តងទៀត។</translation>
    </message>
</context>
<context>
    <name>camie::scan::PrefillBuilder</name>
    <message>
        <source>The pre-registration code holds an answer that this form does not ask for. It was left out.</source>
        <translation>កូដចុះឈ្មោះជាមុនមានចម្លើយដែលទម្រង់នេះមិនបានសួរ។ ចម្លើយនោះត្រូវបានទុកចោល។</translation>
    </message>
    <message>
        <source>Consent is never taken from a code: read the statement to the person and ask them.</source>
        <translation>ការយល់ព្រមមិនដែលយកចេញពីកូដទេ៖ សូមអានសេចក្តីថ្លែងការណ៍ឱ្យសាមីខ្លួនស្តាប់ ហើយសួរគាត់។</translation>
    </message>
</context>
<context>
    <name>camie::scan::VerifyLink</name>
    <message>
        <source>A certificate link to verify.gov.kh. It can be checked online.</source>
        <translation>តំណភ្ជាប់វិញ្ញាបនបត្រទៅកាន់ verify.gov.kh។ អាចពិនិត្យវាតាមអ៊ីនធឺណិតបាន។</translation>
    </message>
    <message>
        <source>A link to verify.gov.kh that names no document.</source>
        <translation>តំណភ្ជាប់ទៅកាន់ verify.gov.kh ដែលមិនបញ្ជាក់ឯកសារណាមួយ។</translation>
    </message>
    <message>
        <source>A link to verify.gov.kh without a secure connection. Check the document by typing the address yourself.</source>
        <translation>តំណភ្ជាប់ទៅកាន់ verify.gov.kh ដោយគ្មានការតភ្ជាប់សុវត្ថិភាព។ សូមពិនិត្យឯកសារដោយវាយអាសយដ្ឋានដោយខ្លួនឯង។</translation>
    </message>
    <message>
        <source>This link only pretends to be verify.gov.kh. Do not open it, and do not trust the document.</source>
        <translation>តំណភ្ជាប់នេះគ្រាន់តែក្លែងធ្វើជា verify.gov.kh ប៉ុណ្ណោះ។ កុំបើកវា ហើយកុំទុកចិត្តលើឯកសារនេះ។</translation>
    </message>
</context>
<context>
    <name>camie::store::KeyVault</name>
    <message>
        <source>The operator ID or PIN is wrong.</source>
        <translation>លេខសម្គាល់ប្រតិបត្តិករ ឬលេខ PIN មិនត្រឹមត្រូវទេ។</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong PINs. Try again in %n minute(s).</source>
        <translation>
            <numerusform>បានបញ្ចូលលេខ PIN ខុសច្រើនដងពេក។ សូមព្យាយាមម្ដងទៀតក្នុងរយៈពេល %n នាទីទៀត។</numerusform>
            <numerusform>បានបញ្ចូលលេខ PIN ខុសច្រើនដងពេក។ សូមព្យាយាមម្ដងទៀតក្នុងរយៈពេល %n នាទីទៀត។</numerusform>
        </translation>
    </message>
    <message>
        <source>The operator ID was typed in Khmer letters, but operator IDs are in Latin letters. Press Alt+Shift to switch the keyboard to Latin and type it again.</source>
        <translation>លេខសម្គាល់ប្រតិបត្តិករត្រូវបានវាយជាអក្សរខ្មែរ ប៉ុន្តែលេខសម្គាល់ប្រតិបត្តិករសរសេរជាអក្សរឡាតាំង។ សូមចុច Alt+Shift ដើម្បីប្ដូរក្ដារចុចទៅអក្សរឡាតាំង ហើយវាយម្ដងទៀត។</translation>
    </message>
    <message>
        <source>The operator ID or PIN is wrong. The passphrase was typed in Khmer letters: press Alt+Shift to switch the keyboard to Latin and type it again.</source>
        <translation>លេខសម្គាល់ប្រតិបត្តិករ ឬលេខ PIN មិនត្រឹមត្រូវទេ។ ពាក្យសម្ងាត់ត្រូវបានវាយជាអក្សរខ្មែរ៖ សូមចុច Alt+Shift ដើម្បីប្ដូរក្ដារចុចទៅអក្សរឡាតាំង ហើយវាយម្ដងទៀត។</translation>
    </message>
    <message>
        <source>This operator&apos;s record was changed outside the kiosk: its role no longer matches the one sealed in the operator&apos;s key. Sign-in is refused; ask a technician to check this kiosk.</source>
        <translation>កំណត់ត្រារបស់ប្រតិបត្តិករនេះត្រូវបានផ្លាស់ប្ដូរនៅខាងក្រៅស្ថានីយ៖ តួនាទីរបស់វាលែងត្រូវនឹងតួនាទីដែលបានបិទភ្ជាប់ក្នុងកូនសោរបស់ប្រតិបត្តិករទៀតហើយ។ ការចូលត្រូវបានបដិសេធ។ សូមឱ្យអ្នកបច្ចេកទេសពិនិត្យស្ថានីយនេះ។</translation>
    </message>
    <message>
        <source>This is a one-time PIN. Choose your own PIN to go on.</source>
        <translation>នេះជាលេខ PIN ប្រើតែម្ដង។ សូមជ្រើសរើសលេខ PIN ផ្ទាល់ខ្លួនរបស់អ្នក ដើម្បីបន្ត។</translation>
    </message>
    <message>
        <source>The new PIN is the same as the old one. Choose a different one.</source>
        <translation>លេខ PIN ថ្មីដូចគ្នានឹងលេខចាស់។ សូមជ្រើសរើសលេខផ្សេង។</translation>
    </message>
    <message>
        <source>This kiosk&apos;s TPM has paused PIN checks after too many wrong PINs. Try again later, or ask a technician.</source>
        <translation>TPM របស់ស្ថានីយនេះបានផ្អាកការពិនិត្យលេខ PIN បន្ទាប់ពីបញ្ចូលលេខ PIN ខុសច្រើនដងពេក។ សូមព្យាយាមម្ដងទៀតនៅពេលក្រោយ ឬសួរអ្នកបច្ចេកទេស។</translation>
    </message>
    <message>
        <source>This operator&apos;s key is bound to another kiosk&apos;s TPM and cannot be opened on this kiosk.</source>
        <translation>កូនសោរបស់ប្រតិបត្តិករនេះត្រូវបានភ្ជាប់ទៅនឹង TPM របស់ស្ថានីយផ្សេង ហើយមិនអាចបើកនៅលើស្ថានីយនេះបានទេ។</translation>
    </message>
    <message>
        <source>This kiosk&apos;s TPM does not answer, so no operator can sign in. Ask a technician.</source>
        <translation>TPM របស់ស្ថានីយនេះមិនឆ្លើយតប ដូច្នេះគ្មានប្រតិបត្តិករណាម្នាក់អាចចូលប្រើបានទេ។ សូមសួរអ្នកបច្ចេកទេស។</translation>
    </message>
    <message>
        <source>This operator&apos;s key is bound to this kiosk&apos;s TPM, but no TPM is configured ([device] tpm in kiosk.conf). Ask a technician.</source>
        <translation>កូនសោរបស់ប្រតិបត្តិករនេះត្រូវបានភ្ជាប់ទៅនឹង TPM របស់ស្ថានីយនេះ ប៉ុន្តែមិនទាន់បានកំណត់ TPM ទេ ([device] tpm ក្នុង kiosk.conf)។ សូមសួរអ្នកបច្ចេកទេស។</translation>
    </message>
</context>
<context>
    <name>camie::store::RecordQueryService</name>
    <message>
        <source>The numbers could not be counted.</source>
        <translation>មិនអាចរាប់ចំនួនបានទេ។</translation>
    </message>
    <message>
        <source>The records could not be searched.</source>
        <translation>មិនអាចស្វែងរកកំណត់ត្រាបានទេ។</translation>
    </message>
    <message>
        <source>The record could not be opened.</source>
        <translation>មិនអាចបើកកំណត់ត្រានេះបានទេ។</translation>
    </message>
    <message>
        <source>The receipt could not be read.</source>
        <translation>មិនអាចអានបង្កាន់ដៃបានទេ។</translation>
    </message>
    <message>
        <source>This record is no longer on this kiosk.</source>
        <translation>កំណត់ត្រានេះលែងមាននៅលើស្ថានីយនេះទៀតហើយ។</translation>
    </message>
</context>
<context>
    <name>camie::store::RecordSearch</name>
    <message>
        <source>This record is no longer on this kiosk.</source>
        <translation>កំណត់ត្រានេះលែងមាននៅលើស្ថានីយនេះទៀតហើយ។</translation>
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
    <message>
        <source>This ID is already registered on this kiosk (receipt %1). Open that record, or ask a supervisor to allow a second registration.</source>
        <translation>អត្តសញ្ញាណនេះត្រូវបានចុះឈ្មោះនៅលើស្ថានីយនេះរួចហើយ (បង្កាន់ដៃ %1)។ សូមបើកកំណត់ត្រានោះ ឬសុំអ្នកគ្រប់គ្រងឱ្យអនុញ្ញាតការចុះឈ្មោះលើកទីពីរ។</translation>
    </message>
</context>
<context>
    <name>camie::store::RegistrationService</name>
    <message>
        <source>The kiosk could not look for an earlier registration of this person; finishing looks again.</source>
        <translation>ស្ថានីយមិនអាចស្វែងរកការចុះឈ្មោះមុនរបស់បុគ្គលនេះបានទេ។ ពេលបញ្ចប់ វានឹងស្វែងរកម្ដងទៀត។</translation>
    </message>
    <message>
        <source>Sign in again to keep this registration.</source>
        <translation>សូមចូលប្រើម្ដងទៀត ដើម្បីរក្សាទុកការចុះឈ្មោះនេះ។</translation>
    </message>
    <message>
        <source>No form is loaded.</source>
        <translation>មិនទាន់មានទម្រង់បែបបទទេ។</translation>
    </message>
    <message>
        <source>The answers could not be kept as a draft (%1).</source>
        <translation>មិនអាចរក្សាទុកចម្លើយជាសេចក្ដីព្រាងបានទេ (%1)។</translation>
    </message>
    <message>
        <source>An unfinished registration could not be opened (%1).</source>
        <translation>មិនអាចបើកការចុះឈ្មោះដែលមិនទាន់បញ្ចប់បានទេ (%1)។</translation>
    </message>
    <message>
        <source>The draft could not be deleted (%1).</source>
        <translation>មិនអាចលុបសេចក្ដីព្រាងបានទេ (%1)។</translation>
    </message>
    <message>
        <source>Only a supervisor can allow a second registration with the same ID.</source>
        <translation>មានតែអ្នកគ្រប់គ្រងទេ ដែលអាចអនុញ្ញាតការចុះឈ្មោះលើកទីពីរ ដោយប្រើអត្តសញ្ញាណដូចគ្នា។</translation>
    </message>
    <message>
        <source>Some answers differ from the ID card. A supervisor must confirm them before the registration is finished.</source>
        <translation>ចម្លើយខ្លះខុសពីអត្តសញ្ញាណប័ណ្ណ។ អ្នកគ្រប់គ្រងត្រូវបញ្ជាក់វា មុនពេលបញ្ចប់ការចុះឈ្មោះ។</translation>
    </message>
    <message>
        <source>Only a supervisor can confirm answers that differ from the ID card.</source>
        <translation>មានតែអ្នកគ្រប់គ្រងទេ ដែលអាចបញ្ជាក់ចម្លើយដែលខុសពីអត្តសញ្ញាណប័ណ្ណ។</translation>
    </message>
</context>
<context>
    <name>camie::store::SecretPolicy</name>
    <message>
        <source>Type a PIN or passphrase.</source>
        <translation>សូមវាយលេខ PIN ឬពាក្យសម្ងាត់។</translation>
    </message>
    <message>
        <source>A PIN or passphrase must not contain the operator ID.</source>
        <translation>លេខ PIN ឬពាក្យសម្ងាត់ មិនត្រូវមានលេខសម្គាល់ប្រតិបត្តិករនៅក្នុងនោះទេ។</translation>
    </message>
    <message>
        <source>A PIN needs at least 6 digits.</source>
        <translation>លេខ PIN ត្រូវមានយ៉ាងតិច ៦ ខ្ទង់។</translation>
    </message>
    <message>
        <source>A supervisor or technician needs a PIN of at least 10 digits, or a passphrase of at least 10 characters.</source>
        <translation>អ្នកគ្រប់គ្រង ឬអ្នកបច្ចេកទេស ត្រូវការលេខ PIN យ៉ាងតិច ១០ ខ្ទង់ ឬពាក្យសម្ងាត់យ៉ាងតិច ១០ តួអក្សរ។</translation>
    </message>
    <message>
        <source>This PIN repeats a digit or a short pattern (like 111111 or 121212). Choose one that is harder to guess.</source>
        <translation>លេខ PIN នេះដដែលៗ ឬជាលំនាំខ្លីដដែលៗ (ដូចជា ១១១១១១ ឬ ១២១២១២)។ សូមជ្រើសរើសលេខដែលពិបាកទាយជាងនេះ។</translation>
    </message>
    <message>
        <source>This PIN counts up or down (like 123456 or 654321). Choose one that is harder to guess.</source>
        <translation>លេខ PIN នេះរាប់ឡើង ឬរាប់ចុះតាមលំដាប់ (ដូចជា ១២៣៤៥៦ ឬ ៦៥៤៣២១)។ សូមជ្រើសរើសលេខដែលពិបាកទាយជាងនេះ។</translation>
    </message>
    <message>
        <source>This PIN is one of the first that anyone guessing would try. Choose another.</source>
        <translation>លេខ PIN នេះជាលេខមួយក្នុងចំណោមលេខដំបូងៗ ដែលអ្នកទាយណាក៏សាកល្បងដែរ។ សូមជ្រើសរើសលេខផ្សេង។</translation>
    </message>
    <message>
        <source>A supervisor or technician needs a passphrase of at least 10 characters, or a PIN of at least 10 digits.</source>
        <translation>អ្នកគ្រប់គ្រង ឬអ្នកបច្ចេកទេស ត្រូវការពាក្យសម្ងាត់យ៉ាងតិច ១០ តួអក្សរ ឬលេខ PIN យ៉ាងតិច ១០ ខ្ទង់។</translation>
    </message>
    <message>
        <source>Use a PIN of at least 6 digits, or a passphrase of at least 10 characters.</source>
        <translation>សូមប្រើលេខ PIN យ៉ាងតិច ៦ ខ្ទង់ ឬពាក្យសម្ងាត់យ៉ាងតិច ១០ តួអក្សរ។</translation>
    </message>
    <message>
        <source>This passphrase repeats a letter or a short pattern, or follows the alphabet. Choose one that is harder to guess.</source>
        <translation>ពាក្យសម្ងាត់នេះមានអក្សរ ឬលំនាំខ្លីដដែលៗ ឬរៀងតាមលំដាប់អក្ខរក្រម។ សូមជ្រើសរើសពាក្យដែលពិបាកទាយជាងនេះ។</translation>
    </message>
    <message>
        <source>This passphrase is one of the first that anyone guessing would try (like &quot;password12&quot;). Choose another.</source>
        <translation>ពាក្យសម្ងាត់នេះជាពាក្យមួយក្នុងចំណោមពាក្យដំបូងៗ ដែលអ្នកទាយណាក៏សាកល្បងដែរ (ដូចជា &quot;password12&quot;)។ សូមជ្រើសរើសពាក្យផ្សេង។</translation>
    </message>
</context>
<context>
    <name>camie::store::SessionService</name>
    <message>
        <source>Only the operator signed in can change their own PIN.</source>
        <translation>មានតែប្រតិបត្តិករដែលបានចូលប្រើប៉ុណ្ណោះ ដែលអាចប្ដូរលេខ PIN ផ្ទាល់ខ្លួនបាន។</translation>
    </message>
</context>
<context>
    <name>camie::store::SqliteError</name>
    <message>
        <source>Storage full: the kiosk&apos;s disk has no room for more registrations. Free space or call a technician; nothing already saved is lost.</source>
        <translation>ទំហំផ្ទុកពេញ៖ ថាសរបស់ស្ថានីយគ្មានកន្លែងសម្រាប់ការចុះឈ្មោះបន្ថែមទៀតទេ។ សូមបង្កើនទំហំទំនេរ ឬហៅអ្នកបច្ចេកទេស។ ទិន្នន័យដែលបានរក្សាទុករួចហើយមិនបាត់បង់ទេ។</translation>
    </message>
</context>
<context>
    <name>camie::store::StoreState</name>
    <message>
        <source>The form and the list of places could not be read.</source>
        <translation>មិនអាចអានទម្រង់បែបបទ និងបញ្ជីទីកន្លែងបានទេ។</translation>
    </message>
    <message>
        <source>The kiosk&apos;s database is not open. Restart the kiosk; if this happens again, call a technician.</source>
        <translation>មូលដ្ឋានទិន្នន័យរបស់ស្ថានីយមិនទាន់បើកទេ។ សូមចាប់ផ្ដើមស្ថានីយឡើងវិញ។ ប្រសិនបើវាកើតឡើងម្ដងទៀត សូមហៅអ្នកបច្ចេកទេស។</translation>
    </message>
    <message>
        <source>%1 The kiosk&apos;s database did not answer (%2). Try again; if this happens again, call a technician.</source>
        <translation>%1 មូលដ្ឋានទិន្នន័យរបស់ស្ថានីយមិនបានឆ្លើយតបទេ (%2)។ សូមព្យាយាមម្ដងទៀត។ ប្រសិនបើវាកើតឡើងម្ដងទៀត សូមហៅអ្នកបច្ចេកទេស។</translation>
    </message>
    <message>
        <source>Sign in again to finish this registration.</source>
        <translation>សូមចូលប្រើម្ដងទៀត ដើម្បីបញ្ចប់ការចុះឈ្មោះនេះ។</translation>
    </message>
</context>
<context>
    <name>camie::sync::RegistryClient</name>
    <message>
        <source>The registry&apos;s answer could not be read. The kiosk will check what arrived and try again.</source>
        <translation>មិនអាចអានចម្លើយពីប្រព័ន្ធចុះបញ្ជីបានទេ។ ស្ថានីយនឹងពិនិត្យមើលអ្វីដែលបានទៅដល់ ហើយព្យាយាមម្ដងទៀត។</translation>
    </message>
    <message>
        <source>The batch was too large for the registry; the kiosk sends smaller batches.</source>
        <translation>បាច់នេះធំពេកសម្រាប់ប្រព័ន្ធចុះបញ្ជី។ ស្ថានីយនឹងផ្ញើជាបាច់តូចៗជំនួសវិញ។</translation>
    </message>
    <message>
        <source>The registry is busy. The kiosk waits as asked and tries again.</source>
        <translation>ប្រព័ន្ធចុះបញ្ជីកំពុងរវល់។ ស្ថានីយនឹងរង់ចាំតាមការស្នើ ហើយព្យាយាមម្ដងទៀត។</translation>
    </message>
    <message>
        <source>The registry had an internal error. Registrations stay queued and will be sent later.</source>
        <translation>ប្រព័ន្ធចុះបញ្ជីមានបញ្ហាខាងក្នុង។ ការចុះឈ្មោះនៅរង់ចាំក្នុងជួរ ហើយនឹងត្រូវផ្ញើនៅពេលក្រោយ។</translation>
    </message>
    <message>
        <source>The registry refused the kiosk&apos;s request. A technician should check the settings and the kiosk&apos;s version.</source>
        <translation>ប្រព័ន្ធចុះបញ្ជីបានបដិសេធសំណើរបស់ស្ថានីយ។ អ្នកបច្ចេកទេសគួរពិនិត្យការកំណត់ និងកំណែរបស់ស្ថានីយ។</translation>
    </message>
    <message>
        <source>The registry refused this kiosk&apos;s registrations: the kiosk&apos;s audit log is shorter than the one it reported before, so entries may have been removed. Registrations stay queued on the kiosk. A technician must check the kiosk (camie-kioskctl audit verify) and call the registry.</source>
        <translation>ប្រព័ន្ធចុះបញ្ជីបានបដិសេធការចុះឈ្មោះរបស់ស្ថានីយនេះ៖ កំណត់ហេតុសវនកម្មរបស់ស្ថានីយខ្លីជាងកំណត់ហេតុដែលវាបានរាយការណ៍ពីមុន ដូច្នេះធាតុខ្លះប្រហែលជាត្រូវបានលុប។ ការចុះឈ្មោះនៅរង់ចាំក្នុងជួរនៅលើស្ថានីយ។ អ្នកបច្ចេកទេសត្រូវពិនិត្យស្ថានីយ (camie-kioskctl audit verify) ហើយទាក់ទងប្រព័ន្ធចុះបញ្ជី។</translation>
    </message>
</context>
<context>
    <name>camie::sync::Transport</name>
    <message>
        <source>The security server&apos;s name could not be found. Check the network connection and the registry endpoint in the settings.</source>
        <translation>រកមិនឃើញឈ្មោះរបស់ម៉ាស៊ីនមេសុវត្ថិភាពទេ។ សូមពិនិត្យការតភ្ជាប់បណ្ដាញ និងអាសយដ្ឋានប្រព័ន្ធចុះបញ្ជីក្នុងការកំណត់។</translation>
    </message>
    <message>
        <source>The branch&apos;s security server could not be reached. The kiosk is offline; registrations stay queued and will be sent later.</source>
        <translation>មិនអាចទាក់ទងម៉ាស៊ីនមេសុវត្ថិភាពរបស់សាខាបានទេ។ ស្ថានីយកំពុងគ្មានអ៊ីនធឺណិត។ ការចុះឈ្មោះនៅរង់ចាំក្នុងជួរ ហើយនឹងត្រូវផ្ញើនៅពេលក្រោយ។</translation>
    </message>
    <message>
        <source>The security server did not answer in time. The kiosk will check what arrived and try again.</source>
        <translation>ម៉ាស៊ីនមេសុវត្ថិភាពមិនបានឆ្លើយតបទាន់ពេលទេ។ ស្ថានីយនឹងពិនិត្យមើលអ្វីដែលបានទៅដល់ ហើយព្យាយាមម្ដងទៀត។</translation>
    </message>
    <message>
        <source>The connection was cut before the answer arrived. The kiosk will check what arrived and try again.</source>
        <translation>ការតភ្ជាប់បានដាច់ មុនពេលចម្លើយមកដល់។ ស្ថានីយនឹងពិនិត្យមើលអ្វីដែលបានទៅដល់ ហើយព្យាយាមម្ដងទៀត។</translation>
    </message>
    <message>
        <source>The answer from the registry arrived incomplete. The kiosk will check what arrived and try again.</source>
        <translation>ចម្លើយពីប្រព័ន្ធចុះបញ្ជីមកដល់មិនពេញលេញទេ។ ស្ថានីយនឹងពិនិត្យមើលអ្វីដែលបានទៅដល់ ហើយព្យាយាមម្ដងទៀត។</translation>
    </message>
    <message>
        <source>The security server&apos;s certificate is not from a trusted authority. A technician must check the CA file in the settings.</source>
        <translation>វិញ្ញាបនបត្ររបស់ម៉ាស៊ីនមេសុវត្ថិភាព មិនមែនចេញដោយស្ថាប័នដែលគួរទុកចិត្តទេ។ អ្នកបច្ចេកទេសត្រូវពិនិត្យឯកសារ CA ក្នុងការកំណត់។</translation>
    </message>
    <message>
        <source>The security server&apos;s certificate has expired (or the kiosk&apos;s clock is wrong). Check the date, then call a technician.</source>
        <translation>វិញ្ញាបនបត្ររបស់ម៉ាស៊ីនមេសុវត្ថិភាពបានផុតសុពលភាពហើយ (ឬនាឡិការបស់ស្ថានីយមិនត្រឹមត្រូវ)។ សូមពិនិត្យកាលបរិច្ឆេទ រួចហៅអ្នកបច្ចេកទេស។</translation>
    </message>
    <message>
        <source>The security server&apos;s certificate is for another name than the endpoint in the settings. A technician must check the endpoint.</source>
        <translation>វិញ្ញាបនបត្ររបស់ម៉ាស៊ីនមេសុវត្ថិភាព ជារបស់ឈ្មោះផ្សេងពីអាសយដ្ឋានក្នុងការកំណត់។ អ្នកបច្ចេកទេសត្រូវពិនិត្យអាសយដ្ឋាននោះ។</translation>
    </message>
    <message>
        <source>The security server&apos;s key does not match the pinned key. Nothing was sent. Call a technician: the connection may be intercepted.</source>
        <translation>កូនសោរបស់ម៉ាស៊ីនមេសុវត្ថិភាព មិនត្រូវនឹងកូនសោដែលបានកំណត់ទុកទេ។ គ្មានអ្វីត្រូវបានផ្ញើទេ។ សូមហៅអ្នកបច្ចេកទេស៖ ការតភ្ជាប់អាចកំពុងត្រូវបានលួចស្ទាក់។</translation>
    </message>
    <message>
        <source>The branch&apos;s security server asks for this kiosk&apos;s certificate, and none is configured. A technician must install it.</source>
        <translation>ម៉ាស៊ីនមេសុវត្ថិភាពរបស់សាខាស្នើសុំវិញ្ញាបនបត្ររបស់ស្ថានីយនេះ ប៉ុន្តែមិនទាន់មានការកំណត់ទេ។ អ្នកបច្ចេកទេសត្រូវដំឡើងវា។</translation>
    </message>
    <message>
        <source>The branch&apos;s security server refused this kiosk&apos;s certificate. A technician must register it for this kiosk&apos;s subsystem.</source>
        <translation>ម៉ាស៊ីនមេសុវត្ថិភាពរបស់សាខាបានបដិសេធវិញ្ញាបនបត្ររបស់ស្ថានីយនេះ។ អ្នកបច្ចេកទេសត្រូវចុះបញ្ជីវាសម្រាប់ប្រព័ន្ធរងរបស់ស្ថានីយនេះ។</translation>
    </message>
    <message>
        <source>This kiosk&apos;s certificate or key cannot be used (missing file, wrong passphrase, or they do not match).</source>
        <translation>មិនអាចប្រើវិញ្ញាបនបត្រ ឬកូនសោរបស់ស្ថានីយនេះបានទេ (ខ្វះឯកសារ ពាក្យសម្ងាត់ខុស ឬវាមិនត្រូវគ្នា)។</translation>
    </message>
    <message>
        <source>The CA file in the settings cannot be read.</source>
        <translation>មិនអាចអានឯកសារ CA ក្នុងការកំណត់បានទេ។</translation>
    </message>
    <message>
        <source>The secure connection to the security server failed.</source>
        <translation>ការតភ្ជាប់សុវត្ថិភាពទៅម៉ាស៊ីនមេសុវត្ថិភាពបានបរាជ័យ។</translation>
    </message>
    <message>
        <source>The proxy refused or could not be reached. Check the proxy settings.</source>
        <translation>ប្រូកស៊ីបានបដិសេធ ឬមិនអាចទាក់ទងបាន។ សូមពិនិត្យការកំណត់ប្រូកស៊ី។</translation>
    </message>
    <message>
        <source>The endpoint uses plain HTTP, which the settings do not allow. Use https, or set the connection type to http for a private network.</source>
        <translation>អាសយដ្ឋានប្រើ HTTP ធម្មតា ដែលការកំណត់មិនអនុញ្ញាត។ សូមប្រើ https ឬកំណត់ប្រភេទការតភ្ជាប់ជា http សម្រាប់បណ្ដាញឯកជន។</translation>
    </message>
    <message>
        <source>The registry endpoint in the settings is not a valid address.</source>
        <translation>អាសយដ្ឋានប្រព័ន្ធចុះបញ្ជីក្នុងការកំណត់ មិនមែនជាអាសយដ្ឋានត្រឹមត្រូវទេ។</translation>
    </message>
    <message>
        <source>The answer from the server was larger than expected and was refused.</source>
        <translation>ចម្លើយពីម៉ាស៊ីនមេធំជាងការរំពឹងទុក ហើយត្រូវបានបដិសេធ។</translation>
    </message>
    <message>
        <source>A network error stopped the upload.</source>
        <translation>កំហុសបណ្ដាញបានបញ្ឈប់ការផ្ញើ។</translation>
    </message>
</context>
<context>
    <name>camie::sync::XRoadError</name>
    <message>
        <source>The registry does not accept requests from this kiosk&apos;s subsystem. A technician must check the X-Road client id and its access rights.</source>
        <translation>ប្រព័ន្ធចុះបញ្ជីមិនទទួលសំណើពីប្រព័ន្ធរងរបស់ស្ថានីយនេះទេ។ អ្នកបច្ចេកទេសត្រូវពិនិត្យលេខសម្គាល់អតិថិជន X-Road និងសិទ្ធិចូលប្រើរបស់វា។</translation>
    </message>
    <message>
        <source>The security server rejected the kiosk&apos;s request as malformed. A technician should check the X-Road settings.</source>
        <translation>ម៉ាស៊ីនមេសុវត្ថិភាពបានបដិសេធសំណើរបស់ស្ថានីយ ដោយសារទម្រង់មិនត្រឹមត្រូវ។ អ្នកបច្ចេកទេសគួរពិនិត្យការកំណត់ X-Road។</translation>
    </message>
    <message>
        <source>The branch&apos;s security server refused this kiosk&apos;s certificate. A technician must register it for this kiosk&apos;s subsystem.</source>
        <translation>ម៉ាស៊ីនមេសុវត្ថិភាពរបស់សាខាបានបដិសេធវិញ្ញាបនបត្ររបស់ស្ថានីយនេះ។ អ្នកបច្ចេកទេសត្រូវចុះបញ្ជីវាសម្រាប់ប្រព័ន្ធរងរបស់ស្ថានីយនេះ។</translation>
    </message>
    <message>
        <source>The branch&apos;s security server cannot reach CamDX right now. Registrations stay queued and will be sent later.</source>
        <translation>ម៉ាស៊ីនមេសុវត្ថិភាពរបស់សាខា មិនអាចទាក់ទង CamDX បាននៅពេលនេះទេ។ ការចុះឈ្មោះនៅរង់ចាំក្នុងជួរ ហើយនឹងត្រូវផ្ញើនៅពេលក្រោយ។</translation>
    </message>
    <message>
        <source>The branch&apos;s security server reported an error. Registrations stay queued; if this lasts, call a technician.</source>
        <translation>ម៉ាស៊ីនមេសុវត្ថិភាពរបស់សាខាបានរាយការណ៍កំហុស។ ការចុះឈ្មោះនៅរង់ចាំក្នុងជួរ។ បើបញ្ហានេះនៅតែកើតមាន សូមហៅអ្នកបច្ចេកទេស។</translation>
    </message>
    <message>
        <source>The registry&apos;s security server refused access for this kiosk&apos;s subsystem. A technician must ask for access to the registration service.</source>
        <translation>ម៉ាស៊ីនមេសុវត្ថិភាពរបស់ប្រព័ន្ធចុះបញ្ជី បានបដិសេធការចូលប្រើសម្រាប់ប្រព័ន្ធរងរបស់ស្ថានីយនេះ។ អ្នកបច្ចេកទេសត្រូវស្នើសុំសិទ្ធិចូលប្រើសេវាចុះឈ្មោះ។</translation>
    </message>
    <message>
        <source>The registry cannot be reached through CamDX right now. Registrations stay queued and will be sent later.</source>
        <translation>មិនអាចទាក់ទងប្រព័ន្ធចុះបញ្ជីតាមរយៈ CamDX បាននៅពេលនេះទេ។ ការចុះឈ្មោះនៅរង់ចាំក្នុងជួរ ហើយនឹងត្រូវផ្ញើនៅពេលក្រោយ។</translation>
    </message>
    <message>
        <source>The registry&apos;s security server reported an error. Registrations stay queued; if this lasts, call a technician.</source>
        <translation>ម៉ាស៊ីនមេសុវត្ថិភាពរបស់ប្រព័ន្ធចុះបញ្ជីបានរាយការណ៍កំហុស។ ការចុះឈ្មោះនៅរង់ចាំក្នុងជួរ។ បើបញ្ហានេះនៅតែកើតមាន សូមហៅអ្នកបច្ចេកទេស។</translation>
    </message>
    <message>
        <source>The registry reported an error. Registrations stay queued; if this lasts, call a technician.</source>
        <translation>ប្រព័ន្ធចុះបញ្ជីបានរាយការណ៍កំហុស។ ការចុះឈ្មោះនៅរង់ចាំក្នុងជួរ។ បើបញ្ហានេះនៅតែកើតមាន សូមហៅអ្នកបច្ចេកទេស។</translation>
    </message>
</context>
<context>
    <name>camie::ui::CardCamera</name>
    <message>
        <source>Hold the card inside the frame and keep it still.</source>
        <translation>សូមកាន់ប័ណ្ណនៅក្នុងស៊ុម ហើយកុំឱ្យកម្រើក។</translation>
    </message>
    <message>
        <source>The card is not sharp yet: hold it a little further from the camera, in good light.</source>
        <translation>ប័ណ្ណមិនទាន់ច្បាស់នៅឡើយ៖ សូមកាន់វាឱ្យឆ្ងាយពីកាមេរ៉ាបន្តិច នៅកន្លែងដែលមានពន្លឺល្អ។</translation>
    </message>
    <message>
        <source>Keep it still…</source>
        <translation>កុំឱ្យកម្រើក…</translation>
    </message>
    <message>
        <source>Picture taken.</source>
        <translation>បានថតរូបហើយ។</translation>
    </message>
</context>
<context>
    <name>camie::ui::CardCaptureModel</name>
    <message>
        <source>Reading the ID card…</source>
        <translation>កំពុងអានអត្តសញ្ញាណប័ណ្ណ…</translation>
    </message>
    <message>
        <source>The form is not loaded yet, so the card cannot be used.</source>
        <translation>ទម្រង់មិនទាន់ផ្ទុកនៅឡើយ ដូច្នេះមិនអាចប្រើប័ណ្ណបានទេ។</translation>
    </message>
    <message>
        <source>The code on the back of the card could not be read without doubt, so nothing was proposed. Try a sharper picture, or the front of the card.</source>
        <translation>មិនអាចអានលេខកូដនៅខាងក្រោយប័ណ្ណបានច្បាស់លាស់ទេ ដូច្នេះគ្មានអ្វីត្រូវបានស្នើឡើយ។ សូមសាកល្បងរូបភាពដែលច្បាស់ជាងនេះ ឬផ្នែកខាងមុខនៃប័ណ្ណ។</translation>
    </message>
    <message>
        <source>No ID card could be read in this picture. Hold the whole card flat and upright, in good light, and try again.</source>
        <translation>មិនអាចអានអត្តសញ្ញាណប័ណ្ណក្នុងរូបភាពនេះបានទេ។ សូមកាន់ប័ណ្ណទាំងមូលឱ្យរាបស្មើ និងត្រង់ នៅកន្លែងដែលមានពន្លឺល្អ ហើយសាកល្បងម្តងទៀត។</translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) proposed from the ID card. Check each one with the person.</source>
        <translation>
            <numerusform>បានស្នើចម្លើយ %n ពីអត្តសញ្ញាណប័ណ្ណ។ សូមពិនិត្យចម្លើយនីមួយៗជាមួយសាមីខ្លួន។</numerusform>
            <numerusform>បានស្នើចម្លើយ %n ពីអត្តសញ្ញាណប័ណ្ណ។ សូមពិនិត្យចម្លើយនីមួយៗជាមួយសាមីខ្លួន។</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them read with low confidence: look at those closely.</source>
        <translation>
            <numerusform>ក្នុងនោះ %n អានបានដោយមិនសូវប្រាកដ៖ សូមពិនិត្យវាឱ្យបានល្អិតល្អន់។</numerusform>
            <numerusform>ក្នុងនោះ %n អានបានដោយមិនសូវប្រាកដ៖ សូមពិនិត្យវាឱ្យបានល្អិតល្អន់។</numerusform>
        </translation>
    </message>
    <message>
        <source>The picture could not be opened. Use a PNG or JPEG file.</source>
        <translation>មិនអាចបើករូបភាពបានទេ។ សូមប្រើឯកសារ PNG ឬ JPEG។</translation>
    </message>
    <message>
        <source>This kiosk cannot read ID cards: its text recognition is not installed. Type the answers instead.</source>
        <translation>ម៉ាស៊ីននេះមិនអាចអានអត្តសញ្ញាណប័ណ្ណបានទេ៖ កម្មវិធីស្គាល់អក្សររបស់វាមិនទាន់បានដំឡើង។ សូមវាយចម្លើយជំនួសវិញ។</translation>
    </message>
</context>
<context>
    <name>camie::ui::CardCheckModel</name>
    <message>
        <source>Confirmed by supervisor %1. Finish the registration to save it.</source>
        <translation>បានបញ្ជាក់ដោយអ្នកគ្រប់គ្រង %1។ សូមបញ្ចប់ការចុះឈ្មោះ ដើម្បីរក្សាទុកវា។</translation>
    </message>
    <message>
        <source>A supervisor types their ID and PIN or passphrase to confirm.</source>
        <translation>អ្នកគ្រប់គ្រងត្រូវវាយអត្តលេខ និងលេខ PIN ឬពាក្យសម្ងាត់របស់ខ្លួន ដើម្បីបញ្ជាក់។</translation>
    </message>
</context>
<context>
    <name>camie::ui::DuplicateCheckModel</name>
    <message>
        <source>Allowed by supervisor %1. Finish the registration to save it.</source>
        <translation>បានអនុញ្ញាតដោយអ្នកគ្រប់គ្រង %1។ សូមបញ្ចប់ការចុះឈ្មោះ ដើម្បីរក្សាទុកវា។</translation>
    </message>
    <message>
        <source>This ID is already registered on this kiosk: receipt %1, on %2. Open that record, or ask a supervisor to allow a second registration.</source>
        <translation>អត្តសញ្ញាណនេះត្រូវបានចុះឈ្មោះនៅលើស្ថានីយនេះរួចហើយ៖ បង្កាន់ដៃ %1 នៅ %2។ សូមបើកកំណត់ត្រានោះ ឬសុំអ្នកគ្រប់គ្រងឱ្យអនុញ្ញាតការចុះឈ្មោះលើកទីពីរ។</translation>
    </message>
    <message>
        <source>Someone with the same name and date of birth was registered on this kiosk: receipt %1, on %2. Check that it is not the same person before finishing.</source>
        <translation>មានអ្នកដែលមានឈ្មោះ និងថ្ងៃខែឆ្នាំកំណើតដូចគ្នា បានចុះឈ្មោះនៅលើស្ថានីយនេះ៖ បង្កាន់ដៃ %1 នៅ %2។ សូមពិនិត្យថាមិនមែនជាបុគ្គលតែមួយ មុនពេលបញ្ចប់។</translation>
    </message>
    <message>
        <source>A supervisor types their ID and PIN or passphrase to allow it.</source>
        <translation>អ្នកគ្រប់គ្រងត្រូវវាយអត្តលេខ និងលេខ PIN ឬពាក្យសម្ងាត់របស់ខ្លួន ដើម្បីអនុញ្ញាត។</translation>
    </message>
</context>
<context>
    <name>camie::ui::FormCardReading</name>
    <message>
        <source>Read with low confidence: check it carefully</source>
        <translation>អានបានដោយមិនសូវប្រាកដ៖ សូមពិនិត្យឱ្យបានល្អិតល្អន់</translation>
    </message>
    <message>
        <source>Romanised from the Khmer name: check the spelling</source>
        <translation>បម្លែងជាអក្សរឡាតាំងពីឈ្មោះខ្មែរ៖ សូមពិនិត្យអក្ខរាវិរុទ្ធ</translation>
    </message>
</context>
<context>
    <name>camie::ui::FormModel</name>
    <message>
        <source>Some answers need correcting; they are marked.</source>
        <translation>ចម្លើយខ្លះត្រូវកែតម្រូវ ដែលត្រូវបានសម្គាល់ទុក។</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>បាទ/ចាស</translation>
    </message>
    <message>
        <source>No</source>
        <translation>ទេ</translation>
    </message>
    <message>
        <source>Confirm the scanned answers with the person before finishing.</source>
        <translation>សូមផ្ទៀងផ្ទាត់ចម្លើយដែលបានស្កេនជាមួយសាមីខ្លួន មុននឹងបញ្ចប់។</translation>
    </message>
    <message>
        <source>Some answers differ from the ID card. A supervisor must confirm them before finishing.</source>
        <translation>ចម្លើយខ្លះខុសពីអត្តសញ្ញាណប័ណ្ណ។ អ្នកគ្រប់គ្រងត្រូវបញ្ជាក់វា មុនពេលបញ្ចប់។</translation>
    </message>
</context>
<context>
    <name>camie::ui::HomeModel</name>
    <message>
        <source>Sync is not set up on this kiosk. Registrations are kept safely until a technician connects it.</source>
        <translation>ស្ថានីយនេះមិនទាន់បានរៀបចំការផ្ញើទិន្នន័យទេ។ ការចុះឈ្មោះត្រូវបានរក្សាទុកដោយសុវត្ថិភាព រហូតដល់អ្នកបច្ចេកទេសភ្ជាប់វា។</translation>
    </message>
    <message>
        <source>Everything is sent.</source>
        <translation>អ្វីៗទាំងអស់ត្រូវបានផ្ញើរួចហើយ។</translation>
    </message>
    <message>
        <source>Connected. Waiting to send.</source>
        <translation>បានភ្ជាប់។ កំពុងរង់ចាំផ្ញើ។</translation>
    </message>
    <message>
        <source>Connecting to the registry…</source>
        <translation>កំពុងភ្ជាប់ទៅប្រព័ន្ធចុះបញ្ជី…</translation>
    </message>
    <message>
        <source>Sending %1 of %2…</source>
        <translation>កំពុងផ្ញើ %1 នៃ %2…</translation>
    </message>
    <message>
        <source>Offline. Registrations are kept safely and will be sent when the network is back.</source>
        <translation>គ្មានការតភ្ជាប់។ ការចុះឈ្មោះត្រូវបានរក្សាទុកដោយសុវត្ថិភាព ហើយនឹងត្រូវផ្ញើនៅពេលមានបណ្ដាញវិញ។</translation>
    </message>
    <message>
        <source>Sync has stopped and needs a technician.</source>
        <translation>ការផ្ញើទិន្នន័យបានឈប់ ហើយត្រូវការអ្នកបច្ចេកទេស។</translation>
    </message>
</context>
<context>
    <name>camie::ui::ReceiptDocument</name>
    <message>
        <source>Not finished yet</source>
        <translation>មិនទាន់បញ្ចប់នៅឡើយ</translation>
    </message>
    <message>
        <source>Registration saved</source>
        <translation>ការចុះឈ្មោះត្រូវបានរក្សាទុក</translation>
    </message>
    <message>
        <source>Registration accepted</source>
        <translation>ការចុះឈ្មោះត្រូវបានទទួលយក</translation>
    </message>
    <message>
        <source>Already registered</source>
        <translation>បានចុះឈ្មោះរួចហើយ</translation>
    </message>
    <message>
        <source>Registration not accepted</source>
        <translation>ការចុះឈ្មោះមិនត្រូវបានទទួលយក</translation>
    </message>
    <message>
        <source>This registration is not finished and has not been sent.</source>
        <translation>ការចុះឈ្មោះនេះមិនទាន់បញ្ចប់ ហើយមិនទាន់បានផ្ញើទេ។</translation>
    </message>
    <message>
        <source>It is kept safely on this kiosk and sent to the registry as soon as there is a connection.</source>
        <translation>វាត្រូវបានរក្សាទុកដោយសុវត្ថិភាពនៅលើស្ថានីយនេះ ហើយនឹងត្រូវផ្ញើទៅប្រព័ន្ធចុះបញ្ជីភ្លាមៗ នៅពេលមានការតភ្ជាប់។</translation>
    </message>
    <message>
        <source>It is being sent to the registry now.</source>
        <translation>វាកំពុងត្រូវបានផ្ញើទៅប្រព័ន្ធចុះបញ្ជីឥឡូវនេះ។</translation>
    </message>
    <message>
        <source>It is kept on this kiosk and goes to the registry on a USB stick; the registry number comes when it arrives.</source>
        <translation>វាត្រូវបានរក្សាទុកនៅលើស្ថានីយនេះ ហើយនឹងទៅដល់ប្រព័ន្ធចុះបញ្ជីតាមរយៈឧបករណ៍ USB។ លេខចុះបញ្ជីនឹងមកដល់ នៅពេលវាទៅដល់។</translation>
    </message>
    <message>
        <source>The registry accepted it. The registry number is this person&apos;s registration: keep this receipt.</source>
        <translation>ប្រព័ន្ធចុះបញ្ជីបានទទួលយកវាហើយ។ លេខចុះបញ្ជីគឺជាការចុះឈ្មោះរបស់បុគ្គលនេះ៖ សូមរក្សាបង្កាន់ដៃនេះទុក។</translation>
    </message>
    <message>
        <source>The registry already had this person. The registry number is their earlier registration; nothing more is needed.</source>
        <translation>ប្រព័ន្ធចុះបញ្ជីមានបុគ្គលនេះរួចហើយ។ លេខចុះបញ្ជីគឺជាការចុះឈ្មោះមុនរបស់គាត់ មិនចាំបាច់ធ្វើអ្វីបន្ថែមទៀតទេ។</translation>
    </message>
    <message>
        <source>The registry did not accept it. A supervisor can open it in Records, correct it and send it again.</source>
        <translation>ប្រព័ន្ធចុះបញ្ជីមិនបានទទួលយកវាទេ។ អ្នកគ្រប់គ្រងអាចបើកវានៅក្នុង «កំណត់ត្រា» កែតម្រូវ ហើយផ្ញើម្ដងទៀត។</translation>
    </message>
    <message>
        <source>Receipt %1.pdf</source>
        <translation>បង្កាន់ដៃ %1.pdf</translation>
    </message>
    <message>
        <source>CAM-IE registration receipt</source>
        <translation>បង្កាន់ដៃចុះឈ្មោះ CAM-IE</translation>
    </message>
    <message>
        <source>Receipt code</source>
        <translation>លេខកូដបង្កាន់ដៃ</translation>
    </message>
    <message>
        <source>Registry number: not yet received</source>
        <translation>លេខចុះបញ្ជី៖ មិនទាន់ទទួលបាននៅឡើយ</translation>
    </message>
    <message>
        <source>Registry number: %1</source>
        <translation>លេខចុះបញ្ជី៖ %1</translation>
    </message>
    <message>
        <source>Registered on %1</source>
        <translation>បានចុះឈ្មោះនៅ %1</translation>
    </message>
</context>
<context>
    <name>camie::ui::ReceiptModel</name>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>មិនអាចបង្កើតថត %1 បានទេ។</translation>
    </message>
    <message>
        <source>No printer is set up on this kiosk. Save the receipt as PDF instead.</source>
        <translation>មិនមានម៉ាស៊ីនបោះពុម្ពរៀបចំនៅលើស្ថានីយនេះទេ។ សូមរក្សាទុកបង្កាន់ដៃជា PDF ជំនួសវិញ។</translation>
    </message>
    <message>
        <source>The printer did not take the receipt. Check that it is on and has paper, or save the receipt as PDF.</source>
        <translation>ម៉ាស៊ីនបោះពុម្ពមិនបានទទួលបង្កាន់ដៃទេ។ សូមពិនិត្យថាវាបើក និងមានក្រដាស ឬរក្សាទុកបង្កាន់ដៃជា PDF។</translation>
    </message>
    <message>
        <source>The print command could not be started.</source>
        <translation>មិនអាចចាប់ផ្ដើមពាក្យបញ្ជាបោះពុម្ពបានទេ។</translation>
    </message>
    <message>
        <source>Saved to the USB stick %1 as %2</source>
        <translation>បានរក្សាទុកក្នុងឧបករណ៍ USB %1 ជា %2</translation>
    </message>
    <message>
        <source>Saved to the USB stick %1, in the folder %2, as %3</source>
        <translation>បានរក្សាទុកក្នុងឧបករណ៍ USB %1 ក្នុងថត %2 ជា %3</translation>
    </message>
    <message>
        <source>Saved in Documents as %1</source>
        <translation>បានរក្សាទុកក្នុងឯកសារ (Documents) ជា %1</translation>
    </message>
    <message>
        <source>Saved in the folder %1 as %2</source>
        <translation>បានរក្សាទុកក្នុងថត %1 ជា %2</translation>
    </message>
    <message>
        <source>No USB stick is plugged in. Plug one in and try again.</source>
        <translation>មិនមានឧបករណ៍ USB ដោតនៅឡើយទេ។ សូមដោតឧបករណ៍ USB ហើយសាកល្បងម្ដងទៀត។</translation>
    </message>
    <message>
        <source>The receipt could not be written in the folder %1.</source>
        <translation>មិនអាចសរសេរបង្កាន់ដៃទៅក្នុងថត %1 បានទេ។</translation>
    </message>
</context>
<context>
    <name>camie::ui::RecordsModel</name>
    <message>
        <source>Not finished</source>
        <translation>មិនទាន់បញ្ចប់</translation>
    </message>
    <message>
        <source>Waiting to send</source>
        <translation>កំពុងរង់ចាំផ្ញើ</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>កំពុងផ្ញើ</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>បានចុះបញ្ជី</translation>
    </message>
    <message>
        <source>Already registered</source>
        <translation>បានចុះឈ្មោះរួចហើយ</translation>
    </message>
    <message>
        <source>Needs correction</source>
        <translation>ត្រូវកែតម្រូវ</translation>
    </message>
    <message>
        <source>On a USB stick, on its way</source>
        <translation>នៅក្នុងឧបករណ៍ USB កំពុងធ្វើដំណើរ</translation>
    </message>
    <message>
        <source>The personal details were removed from this kiosk after the retention period; the receipt remains.</source>
        <translation>ព័ត៌មានផ្ទាល់ខ្លួនត្រូវបានលុបចេញពីស្ថានីយនេះ បន្ទាប់ពីរយៈពេលរក្សាទុកបានផុតកំណត់។ នៅសល់តែបង្កាន់ដៃ។</translation>
    </message>
    <message>
        <source>The personal details cannot be shown: sign in again.</source>
        <translation>មិនអាចបង្ហាញព័ត៌មានផ្ទាល់ខ្លួនបានទេ៖ សូមចូលប្រើម្ដងទៀត។</translation>
    </message>
</context>
<context>
    <name>camie::ui::ScanModel</name>
    <message>
        <source>The form is not loaded yet, so the scan cannot be used.</source>
        <translation>ទម្រង់មិនទាន់ត្រូវបានផ្ទុកនៅឡើយទេ ដូច្នេះមិនអាចប្រើការស្កេនបានទេ។</translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) filled in from the scan. Check each one with the person.</source>
        <translation>
            <numerusform>បានបំពេញចម្លើយ %n ពីការស្កេន។ សូមពិនិត្យចម្លើយនីមួយៗជាមួយសាមីខ្លួន។</numerusform>
            <numerusform>បានបំពេញចម្លើយ %n ពីការស្កេន។ សូមពិនិត្យចម្លើយនីមួយៗជាមួយសាមីខ្លួន។</numerusform>
        </translation>
    </message>
    <message>
        <source>This code holds text, not a registration. Nothing was filled in.</source>
        <translation>កូដនេះមានតែអត្ថបទ មិនមែនជាការចុះឈ្មោះទេ។ គ្មានអ្វីត្រូវបានបំពេញទេ។</translation>
    </message>
    <message>
        <source>The picture could not be opened. Use a PNG or JPEG file.</source>
        <translation>មិនអាចបើករូបភាពបានទេ។ សូមប្រើឯកសារ PNG ឬ JPEG។</translation>
    </message>
    <message>
        <source>No code was found in the picture.</source>
        <translation>រកមិនឃើញកូដនៅក្នុងរូបភាពទេ។</translation>
    </message>
</context>
<context>
    <name>camie::ui::SessionModel</name>
    <message>
        <source>The registration store is not available. Restart the kiosk or call a technician.</source>
        <translation>ឃ្លាំងផ្ទុកការចុះឈ្មោះមិនអាចប្រើបានទេ។ សូមបើកស្ថានីយឡើងវិញ ឬហៅអ្នកបច្ចេកទេស។</translation>
    </message>
    <message>
        <source>The two new PINs are not the same. Type the new PIN twice again.</source>
        <translation>លេខ PIN ថ្មីទាំងពីរមិនដូចគ្នាទេ។ សូមវាយលេខ PIN ថ្មីពីរដងម្ដងទៀត។</translation>
    </message>
</context>
<context>
    <name>camie::ui::SettingsModel</name>
    <message>
        <source>Checking the connection…</source>
        <translation>កំពុងពិនិត្យការតភ្ជាប់…</translation>
    </message>
    <message>
        <source>Saved in %1. The kiosk uses the new settings from its next start.</source>
        <translation>បានរក្សាទុកក្នុង %1។ ស្ថានីយនឹងប្រើការកំណត់ថ្មី ចាប់ពីពេលចាប់ផ្ដើមលើកក្រោយ។</translation>
    </message>
    <message>
        <source>Only a signed-in technician can check or save the settings.</source>
        <translation>មានតែអ្នកបច្ចេកទេសដែលបានចូលប៉ុណ្ណោះ ទើបអាចពិនិត្យ ឬរក្សាទុកការកំណត់បាន។</translation>
    </message>
</context>
<context>
    <name>camie::ui::StatisticsModel</name>
    <message>
        <source>Statistics come from the registry, and sync is not set up on this kiosk.</source>
        <translation>ស្ថិតិមកពីប្រព័ន្ធចុះបញ្ជី ហើយស្ថានីយនេះមិនទាន់បានរៀបចំការផ្ញើទិន្នន័យទេ។</translation>
    </message>
</context>
<context>
    <name>camie::ui::TransferModel</name>
    <message>
        <source>This bundle was changed or damaged after it was written. Nothing was imported.</source>
        <translation>កញ្ចប់នេះត្រូវបានកែប្រែ ឬខូច បន្ទាប់ពីត្រូវបានសរសេរ។ គ្មានអ្វីត្រូវបាននាំចូលទេ។</translation>
    </message>
    <message>
        <source>This bundle does not come from a kiosk this one trusts. Nothing was imported.</source>
        <translation>កញ្ចប់នេះមិនមែនមកពីស្ថានីយដែលស្ថានីយនេះទុកចិត្តទេ។ គ្មានអ្វីត្រូវបាននាំចូលទេ។</translation>
    </message>
    <message>
        <source>This file is not a readable bundle. Nothing was imported.</source>
        <translation>ឯកសារនេះមិនមែនជាកញ្ចប់ដែលអាចអានបានទេ។ គ្មានអ្វីត្រូវបាននាំចូលទេ។</translation>
    </message>
    <message>
        <source>This kiosk has no certificate to sign a bundle with: enrol it first.</source>
        <translation>ស្ថានីយនេះគ្មានវិញ្ញាបនបត្រសម្រាប់ចុះហត្ថលេខាលើកញ្ចប់ទេ៖ សូមចុះឈ្មោះស្ថានីយជាមុនសិន។</translation>
    </message>
    <message>
        <source>The USB stick cannot be written. Nothing was marked exported.</source>
        <translation>មិនអាចសរសេរទៅឧបករណ៍ USB បានទេ។ គ្មានអ្វីត្រូវបានសម្គាល់ថាបាននាំចេញទេ។</translation>
    </message>
    <message>
        <source>That did not work.</source>
        <translation>ការនោះមិនដំណើរការទេ។</translation>
    </message>
    <message>
        <source>Choose the USB stick first.</source>
        <translation>សូមជ្រើសរើសឧបករណ៍ USB ជាមុនសិន។</translation>
    </message>
    <message>
        <source>Writing the bundle…</source>
        <translation>កំពុងសរសេរកញ្ចប់…</translation>
    </message>
    <message>
        <source>Nothing to export: every registration has been sent or exported.</source>
        <translation>គ្មានអ្វីត្រូវនាំចេញទេ៖ ការចុះឈ្មោះទាំងអស់ត្រូវបានផ្ញើ ឬនាំចេញរួចហើយ។</translation>
    </message>
    <message numerus="yes">
        <source>%n registration(s) written to the USB stick. Bring it to a kiosk with a network.</source>
        <translation>
            <numerusform>ការចុះឈ្មោះ %n ត្រូវបានសរសេរទៅឧបករណ៍ USB។ សូមយកវាទៅស្ថានីយដែលមានបណ្ដាញ។</numerusform>
            <numerusform>ការចុះឈ្មោះ %n ត្រូវបានសរសេរទៅឧបករណ៍ USB។ សូមយកវាទៅស្ថានីយដែលមានបណ្ដាញ។</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking and importing the bundle…</source>
        <translation>កំពុងពិនិត្យ និងនាំចូលកញ្ចប់…</translation>
    </message>
    <message numerus="yes">
        <source>%n registration(s) from kiosk %1 queued for sending.</source>
        <translation>
            <numerusform>ការចុះឈ្មោះ %n ពីស្ថានីយ %1 ត្រូវបានដាក់ក្នុងជួរដើម្បីផ្ញើ។</numerusform>
            <numerusform>ការចុះឈ្មោះ %n ពីស្ថានីយ %1 ត្រូវបានដាក់ក្នុងជួរដើម្បីផ្ញើ។</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n were already here.</source>
        <translation>
            <numerusform>%n មាននៅទីនេះរួចហើយ។</numerusform>
            <numerusform>%n មាននៅទីនេះរួចហើយ។</numerusform>
        </translation>
    </message>
    <message>
        <source>Another export or import is still running. Wait for it to finish.</source>
        <translation>ការនាំចេញ ឬនាំចូលមួយផ្សេងទៀតកំពុងដំណើរការ។ សូមរង់ចាំរហូតដល់វាបញ្ចប់។</translation>
    </message>
    <message>
        <source>Putting the exported registrations back in the queue…</source>
        <translation>កំពុងដាក់ការចុះឈ្មោះដែលបាននាំចេញត្រឡប់ទៅក្នុងជួរវិញ…</translation>
    </message>
    <message numerus="yes">
        <source>%n exported registration(s) put back in this kiosk&apos;s queue.</source>
        <translation>
            <numerusform>ការចុះឈ្មោះដែលបាននាំចេញ %n ត្រូវបានដាក់ត្រឡប់ទៅក្នុងជួររបស់ស្ថានីយនេះវិញ។</numerusform>
            <numerusform>ការចុះឈ្មោះដែលបាននាំចេញ %n ត្រូវបានដាក់ត្រឡប់ទៅក្នុងជួររបស់ស្ថានីយនេះវិញ។</numerusform>
        </translation>
    </message>
    <message>
        <source>Only a signed-in technician can write or import bundles.</source>
        <translation>មានតែអ្នកបច្ចេកទេសដែលបានចូលប៉ុណ្ណោះ ទើបអាចសរសេរ ឬនាំចូលកញ្ចប់បាន។</translation>
    </message>
    <message numerus="yes">
        <source>%n were refused: they would have replaced registrations made on this kiosk or on another kiosk (see the audit log).</source>
        <translation>
            <numerusform>%n ត្រូវបានបដិសេធ៖ វានឹងជំនួសការចុះឈ្មោះដែលបានធ្វើនៅលើស្ថានីយនេះ ឬនៅលើស្ថានីយផ្សេងទៀត (សូមមើលកំណត់ហេតុសវនកម្ម)។</numerusform>
            <numerusform>%n ត្រូវបានបដិសេធ៖ វានឹងជំនួសការចុះឈ្មោះដែលបានធ្វើនៅលើស្ថានីយនេះ ឬនៅលើស្ថានីយផ្សេងទៀត (សូមមើលកំណត់ហេតុសវនកម្ម)។</numerusform>
        </translation>
    </message>
</context>
</TS>
