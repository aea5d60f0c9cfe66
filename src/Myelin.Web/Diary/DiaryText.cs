using Myelin.Domain.Records;

namespace Myelin.Web.Diary;

/// <summary>
/// The diary's own words (not the protocol's items) in English, Hindi and Marathi: short and plain, for participants
/// rating their symptoms on a phone. They include the refusals a participant can meet (an entry already sent, outside
/// its window, a closed diary, a slider not set), which the page and <c>/api/v1/diary/{token}</c> answer in the
/// participant's language. Item labels and anchors come from the protocol, in the participant's language where it
/// translates them (docs/protocol.md, Translations).
/// </summary>
/// <param name="Language">The language code, also the page's <c>lang</c>.</param>
/// <param name="Title">The page title.</param>
/// <param name="Participant">"Participant {0}".</param>
/// <param name="NothingDue">Shown when nothing is open today.</param>
/// <param name="Window">"Open from {0} to {1}".</param>
/// <param name="Instructions">How to use the sliders.</param>
/// <param name="NotSet">The value shown on a slider not yet set.</param>
/// <param name="YourRating">Label of the number box (without JavaScript), "Your rating (0 to 10)".</param>
/// <param name="MinAnchor">Default text at 0 when the item has no anchors.</param>
/// <param name="MaxAnchor">Default text at 10 when the item has no anchors.</param>
/// <param name="Doses">Heading of the dose check boxes.</param>
/// <param name="Morning">Morning dose.</param>
/// <param name="Evening">Evening dose.</param>
/// <param name="Note">Label of the optional note.</param>
/// <param name="Send">The submit button.</param>
/// <param name="Sent">After the entry was stored.</param>
/// <param name="Queued">When the phone is offline and the entry waits on it.</param>
/// <param name="Sending">While sending.</param>
/// <param name="SetSlider">Beside a slider that was not set.</param>
/// <param name="CheckAnswers">Above the form when an answer needs attention.</param>
/// <param name="NotSent">When the server refused a queued entry.</param>
/// <param name="AlreadySent">When an entry for this event was already stored (another entry, not a retry).</param>
/// <param name="NotOpen">"This entry can be filled in from {0} to {1}; today is {2}."</param>
/// <param name="DiaryClosed">When the participant is no longer enrolled.</param>
public sealed record DiaryText(
    string Language,
    string Title,
    string Participant,
    string NothingDue,
    string Window,
    string Instructions,
    string NotSet,
    string YourRating,
    string MinAnchor,
    string MaxAnchor,
    string Doses,
    string Morning,
    string Evening,
    string Note,
    string Send,
    string Sent,
    string Queued,
    string Sending,
    string SetSlider,
    string CheckAnswers,
    string NotSent,
    string AlreadySent,
    string NotOpen,
    string DiaryClosed)
{
    /// <summary>English.</summary>
    public static DiaryText English { get; } = new(
        DiaryLanguage.English,
        "My symptom diary",
        "Participant {0}",
        "Nothing to fill in today. Thank you!",
        "Open from {0} to {1}",
        "Move each slider to show how strong the symptom is.",
        "not set",
        "Your rating (0 to 10)",
        "none",
        "worst imaginable",
        "Capsules taken today",
        "Morning",
        "Evening",
        "Note (optional)",
        "Send",
        "Sent. Thank you!",
        "Saved on this phone, will be sent when you are online.",
        "Sending…",
        "Please set this slider.",
        "Please check the marked answers.",
        "Could not be sent:",
        "This entry was already completed and sent. Thank you!",
        "This entry can be filled in from {0} to {1}; today is {2}.",
        "Your diary is closed. Please contact your study team.");

    /// <summary>Hindi (हिन्दी).</summary>
    public static DiaryText Hindi { get; } = new(
        DiaryLanguage.Hindi,
        "मेरी लक्षण डायरी",
        "प्रतिभागी {0}",
        "आज कुछ भरना नहीं है। धन्यवाद!",
        "{0} से {1} तक खुला",
        "हर स्लाइडर खिसकाकर बताइए कि लक्षण कितना तेज़ है।",
        "नहीं चुना",
        "आपकी रेटिंग (0 से 10)",
        "बिल्कुल नहीं",
        "सबसे ज़्यादा, जितना सोच सकें",
        "आज ली गई कैप्सूल",
        "सुबह",
        "शाम",
        "टिप्पणी (वैकल्पिक)",
        "भेजें",
        "भेज दिया गया। धन्यवाद!",
        "इस फ़ोन में सहेजा गया, इंटरनेट मिलते ही भेजा जाएगा।",
        "भेजा जा रहा है…",
        "कृपया यह स्लाइडर चुनें।",
        "कृपया चिह्नित उत्तर जाँचें।",
        "नहीं भेजा जा सका:",
        "यह प्रविष्टि पहले ही भरकर भेजी जा चुकी है। धन्यवाद!",
        "यह प्रविष्टि {0} से {1} तक भरी जा सकती है; आज {2} है।",
        "आपकी डायरी बंद है। कृपया अपनी अध्ययन टीम से संपर्क करें।");

    /// <summary>Marathi (मराठी).</summary>
    public static DiaryText Marathi { get; } = new(
        DiaryLanguage.Marathi,
        "माझी लक्षण डायरी",
        "सहभागी {0}",
        "आज काही भरायचे नाही. धन्यवाद!",
        "{0} ते {1} पर्यंत खुले",
        "प्रत्येक स्लायडर सरकवून लक्षण किती तीव्र आहे ते दाखवा.",
        "निवडले नाही",
        "तुमचे गुण (0 ते 10)",
        "अजिबात नाही",
        "कल्पना करता येईल इतके जास्त",
        "आज घेतलेल्या कॅप्सूल",
        "सकाळी",
        "संध्याकाळी",
        "टीप (ऐच्छिक)",
        "पाठवा",
        "पाठवले. धन्यवाद!",
        "या फोनवर जतन केले, इंटरनेट मिळताच पाठवले जाईल.",
        "पाठवत आहे…",
        "कृपया हा स्लायडर निवडा.",
        "कृपया खूण केलेली उत्तरे तपासा.",
        "पाठवता आले नाही:",
        "ही नोंद आधीच भरून पाठवली आहे. धन्यवाद!",
        "ही नोंद {0} ते {1} या काळात भरता येईल; आज {2} आहे.",
        "तुमची डायरी बंद आहे. कृपया तुमच्या अभ्यास टीमशी संपर्क साधा.");

    /// <summary>The words for a language code; English for any other code.</summary>
    public static DiaryText For(string? language) => language switch
    {
        DiaryLanguage.Hindi => Hindi,
        DiaryLanguage.Marathi => Marathi,
        _ => English,
    };
}
