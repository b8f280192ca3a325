#pragma once
// Words and sentences for the mailbox generator: invented people and companies, and
// sales conversation fragments with {slots} filled at random. Written for this
// benchmark; nothing here comes from a real mailbox.
//
// Slots: {first} addressee's first name, {me} sender's first name, {company}
// addressee's company, {my_company} sender's company, {product}, {day}, {time},
// {amount}, {qty}, {percent}, {quarter}, {month}, {role}, {city}, {event}, {number},
// {colleague}.

#include <string_view>

namespace rapport::bench::vocabulary {

// ---- people and places ----

inline constexpr std::string_view k_first_names[] = {
    "Alice", "Ben", "Carla", "David", "Elena", "Frank", "Grace", "Hugo", "Irene", "Jack",
    "Karen", "Liam", "Maya", "Nathan", "Olivia", "Paul", "Quinn", "Rachel", "Sam", "Tara",
    "Umar", "Vera", "Walter", "Xenia", "Yusuf", "Zara", "Adam", "Bianca", "Colin", "Diana",
    "Ethan", "Fiona", "George", "Hannah", "Ian", "Julia", "Kevin", "Laura", "Martin", "Nina",
    "Oscar", "Priya", "Raj", "Sofia", "Tom", "Ursula", "Victor", "Wendy", "Mei", "Kwame",
    "Olumide", "Aiko", "Dmitri", "Ana", "Lars", "Ingrid", "Marco", "Chiara", "Tomasz", "Ewa",
    "José", "Zoë", "Renée", "Søren", "Åsa", "François", "Jürgen", "Chloé", "Łucja", "Björn",
    "Inês", "Mónica", "Ólafur", "Sinéad", "Gaël", "Noémie", "Andrés", "Małgorzata", "Jiří", "Ségolène"};

inline constexpr std::string_view k_last_names[] = {
    "Smith", "Johnson", "Brown", "Taylor", "Wilson", "Clarke", "Walker", "Hughes", "Edwards", "Turner",
    "Patel", "Shah", "Okafor", "Mensah", "Tanaka", "Sato", "Kim", "Nguyen", "Chen", "Wang",
    "Rossi", "Bianchi", "Novak", "Kowalski", "Jensen", "Larsen", "Berg", "Fischer", "Weber", "Becker",
    "O'Brien", "Murphy", "Kelly", "Byrne", "Martin", "Bernard", "Dubois", "Moreau", "Lopez", "Silva",
    "Müller", "Ødegaard", "García", "Álvarez", "Nuñez", "Jørgensen", "Lefèvre", "Wójcik", "Dvořák", "Çelik",
    "Schäfer", "Sánchez", "Björklund", "Hernández", "Gómez", "Östberg", "Fernández", "Brontë", "Kovačić", "Ferreira"};

inline constexpr std::string_view k_company_prefixes[] = {
    "Blue", "North", "Cedar", "Iron", "Silver", "Granite", "Maple", "Summit", "Pine", "Copper",
    "River", "Stone", "Falcon", "Oak", "Bright", "Clear", "Evergreen", "Lakeside", "Redwood", "Willow",
    "Anchor", "Beacon", "Crescent", "Delta", "Ember", "Frontier", "Golden", "Horizon", "Juniper", "Keystone"};

inline constexpr std::string_view k_company_suffixes[] = {
    "Logistics", "Foods", "Health", "Systems", "Partners", "Manufacturing", "Media", "Energy",
    "Retail", "Labs", "Dental", "Construction", "Legal", "Travel", "Insurance", "Hospitality",
    "Engineering", "Properties", "Analytics", "Robotics"};

// Reserved domains (RFC 2606) that look like free mail providers.
inline constexpr std::string_view k_free_mail_domains[] = {"mail.example.com", "post.example.net",
                                                           "inbox.example.org", "webmail.example.com"};

inline constexpr std::string_view k_titles[] = {
    "Operations Manager", "Head of Procurement", "IT Director", "Finance Director", "CFO", "COO",
    "Office Manager", "VP Sales", "Purchasing Lead", "Managing Director", "Facilities Coordinator",
    "Project Manager", "Chief Technology Officer", "Regional Manager", "Practice Manager", "Owner"};

inline constexpr std::string_view k_cities[] = {
    "Lisbon", "Denver", "Toronto", "Munich", "Austin", "Lyon", "Kraków", "Zürich", "São Paulo", "Malmö",
    "Dublin", "Seattle", "Rotterdam", "Porto", "Boston", "Leeds", "Valencia", "Göteborg", "Chicago", "Nice"};

// ---- slot values ----

inline constexpr std::string_view k_products[] = {
    "the analytics platform", "the reporting module", "the field service app", "the fleet tracking add-on",
    "the premium support plan", "the scheduling tool", "the inventory integration", "the customer portal",
    "the data warehouse connector", "the forecasting dashboard", "the mobile app", "the API access tier",
    "the onboarding package", "the compliance pack", "the single sign-on option", "the starter bundle"};

inline constexpr std::string_view k_days[] = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
                                              "tomorrow", "next week", "early next week", "this afternoon",
                                              "Thursday morning", "later this week"};

inline constexpr std::string_view k_times[] = {"9:00", "9:30", "10am", "10:30", "11:00", "noon", "1pm",
                                               "2:00", "2:30 pm", "3pm", "3:45", "4:00", "4:30"};

inline constexpr std::string_view k_amounts[] = {
    "$4,800", "$12,500", "$18,000", "$24,900", "$36,000", "$7,250", "$59,000", "$2,400 per month",
    "€9,900", "€14,200", "£11,000", "$1,150 per site", "$89 per user per month", "$420,000", "€3,600"};

inline constexpr std::string_view k_quantities[] = {"5", "10", "12", "20", "25", "40", "50", "75",
                                                    "120", "200", "350", "two dozen", "a hundred"};

inline constexpr std::string_view k_percents[] = {"5", "8", "10", "12", "15", "20", "25"};

inline constexpr std::string_view k_quarters[] = {"Q1", "Q2", "Q3", "Q4", "the quarter", "the fiscal year",
                                                  "the year", "the summer"};

inline constexpr std::string_view k_months[] = {"January", "February", "March", "April", "May", "June",
                                                "July", "August", "September", "October", "November",
                                                "December"};

inline constexpr std::string_view k_roles[] = {"CFO", "finance team", "IT director", "head of operations",
                                               "procurement", "legal team", "board", "managing partner",
                                               "regional managers", "CEO", "security team", "office manager"};

inline constexpr std::string_view k_events[] = {
    "marathon", "daughter's graduation", "son's wedding", "holiday in Portugal", "move to the new office",
    "trip to Japan", "kitchen renovation", "conference in Berlin", "cycling tour", "new puppy",
    "half marathon", "sailing trip", "golf tournament", "family reunion", "ski week"};

// ---- sentences ----

inline constexpr std::string_view k_greetings[] = {
    "Hi {first},", "Hello {first},", "Dear {first},", "{first},", "Good morning {first},", "Hi {first}!",
    "Hey {first},", "Good afternoon {first},", "Hi {first} -", "Dear {first}, hope you are well."};

inline constexpr std::string_view k_seller_openers[] = {
    "Thanks for your time on the call {day}.",
    "Great speaking with you earlier today.",
    "I hope your week is off to a good start.",
    "Following up on our conversation from last week.",
    "I wanted to circle back on the proposal I sent over.",
    "Thanks for getting back to me so quickly.",
    "Apologies for the slow reply, it has been a busy few days here.",
    "It was good to meet you and the team at the trade show.",
    "Thank you for the warm welcome at your office in {city}.",
    "As promised, here is a short summary of where we landed.",
    "I know things are hectic on your side, so I will keep this brief.",
    "Thanks for introducing me to your {role}.",
    "I enjoyed our chat about how the team handles {product} today.",
    "Quick note after the demo {day}.",
    "Your colleague {colleague} suggested I reach out to you directly."};

inline constexpr std::string_view k_seller_proposal[] = {
    "I've attached the revised proposal for {product}.",
    "The proposal covers {qty} seats with onboarding and a dedicated support contact.",
    "We put together two options: a standard package and a premium tier with on-site training.",
    "The main change from the first draft is a shorter rollout, six weeks instead of ten.",
    "I have kept the scope to the three sites you mentioned, so we can expand later if it works well.",
    "Section four explains how we would migrate your existing data without downtime.",
    "You will find the service levels and the escalation path on page six.",
    "The pilot would run for {number} weeks with a small group from your team.",
    "I also added a reference from a customer of a similar size in your industry.",
    "If it helps, I can walk your {role} through the document in twenty minutes.",
    "The contract is a standard annual agreement with a thirty day notice period.",
    "Everything in the proposal can be adjusted, it is meant as a starting point.",
    "We can start the onboarding as soon as the paperwork is signed.",
    "The implementation team would be led by {colleague}, who ran the rollout for a similar client.",
    "I left the optional items at the end so they are easy to remove."};

inline constexpr std::string_view k_seller_pricing[] = {
    "The annual price comes to {amount}, billed quarterly.",
    "We can hold the current pricing until the end of {month}.",
    "If you commit to a two-year term we can take {percent}% off the list price.",
    "Volume pricing starts at {qty} licences.",
    "The implementation fee is a one-time {amount}.",
    "Support is included in the subscription, there are no hidden costs.",
    "I checked with my manager and we can waive the setup fee this quarter.",
    "For comparison, most customers of your size spend around {amount} a year.",
    "We can split the payment over {quarter} if that helps your budget.",
    "The price includes training for up to {qty} users.",
    "I understand budgets are tight, so I have priced the smallest useful option as well.",
    "Renewal pricing is capped at {percent}% per year.",
    "Any additional site would be {amount} on top of that."};

inline constexpr std::string_view k_meeting[] = {
    "Would {day} at {time} work for a quick call?",
    "I'm free {day} afternoon or anytime {day} morning.",
    "Could we set up thirty minutes with your {role} next week?",
    "I've sent a calendar invite for {day} at {time}.",
    "Let me know if another time suits you better.",
    "Would it be easier to meet in person at your office in {city}?",
    "I will be in {city} {day} and could stop by for a coffee.",
    "Happy to do a video call if that is simpler for everyone.",
    "Does {time} still work, or should we push it to {day}?",
    "I have moved our meeting to {day} at {time} as you asked.",
    "Please forward the invite to anyone else who should join.",
    "The call should not take more than half an hour."};

inline constexpr std::string_view k_seller_follow_up[] = {
    "Just checking whether you had a chance to review the numbers.",
    "Did the team have any questions after the demo?",
    "I wanted to make sure the proposal reached you.",
    "Is there anything else you need from me to move this forward?",
    "I'm happy to answer any questions your {role} might have.",
    "Where do things stand on your side?",
    "Could you let me know whether {quarter} is still the target for a decision?",
    "If the timing has changed, no problem at all, just let me know.",
    "I have a few slots left for onboarding in {month}, so I wanted to check in.",
    "Would it help if I put together a short business case for your {role}?",
    "What would you need to see to feel confident about this?",
    "Who else should be involved before you make a decision?",
    "I'd love to hear what you thought of the pilot results."};

inline constexpr std::string_view k_client_replies[] = {
    "We reviewed the proposal internally and have a few questions.",
    "The price is higher than what we had budgeted for this year.",
    "I need to run this by our {role} before we commit.",
    "We're too busy right now to start a new project.",
    "Timing is tight on our side until the end of {quarter}.",
    "We've decided to go in another direction for now.",
    "Can you send over a reference customer in our industry?",
    "The demo went down well with the team.",
    "Let's go ahead with the standard package.",
    "What does the onboarding timeline look like?",
    "How does {product} integrate with our existing CRM?",
    "Could you clarify what is included in the support plan?",
    "We are also talking to two other vendors, so it would help to see your best offer.",
    "Our {role} asked whether you offer monthly billing.",
    "Because of financial concerns we need to pause this for a while.",
    "I like the proposal, but I am not the one who signs off on it.",
    "We are happy with our current setup, to be honest.",
    "Can we push the start date to {month}?",
    "The team is keen to get started as soon as possible.",
    "I have a meeting with our {role} on {day} and will bring it up then.",
    "Please send the contract and I will get it signed this week.",
    "We had some issues with the last release, has that been fixed?",
    "How many customers of our size do you work with?",
    "What happens to our data if we decide to leave after the first year?",
    "Thanks, this is exactly what I needed.",
    "Sorry for the delay, I was out of the office for a few days.",
    "Our budget for {quarter} has been frozen, so it will have to wait.",
    "I'm not sure we need the premium tier, the standard one may be enough.",
    "Could you put together a quote for {qty} users instead?",
    "We would need the security documentation before we can go further."};

inline constexpr std::string_view k_small_talk[] = {
    "How was the {event}?",
    "Good luck with the {event} this weekend!",
    "I hope the {event} went well.",
    "How was the trip to {city}?",
    "The weather here has finally turned, I hope it is nicer on your side.",
    "Congratulations on the new office, it looked great in the photos.",
    "I hope you managed to get some rest over the holidays.",
    "Thanks again for the restaurant tip, we loved it.",
    "I heard your team won the regional award, congratulations!",
    "Say hello to {colleague} for me."};

// Sentences that naturally start a line with "From ", so the mbox must escape them.
inline constexpr std::string_view k_from_sentences[] = {
    "From our side, everything is ready to go.",
    "From what I heard, the pilot went well.",
    "From next month the new price list applies.",
    "From a technical point of view there is nothing blocking us.",
    "From {month} onwards we will have a dedicated contact for your account.",
    "From the numbers you shared, the payback period would be under a year."};

inline constexpr std::string_view k_closings[] = {
    "Looking forward to hearing from you.",
    "Let me know what you think.",
    "Talk soon.",
    "Thanks again for your help.",
    "Have a great rest of the week.",
    "Speak to you {day}.",
    "Let me know if you have any questions.",
    "Thanks in advance.",
    "Have a good weekend.",
    "Happy to discuss whenever suits you."};

inline constexpr std::string_view k_sign_offs[] = {"Best regards,", "Kind regards,", "Thanks,", "Cheers,",
                                                   "Best,", "Many thanks,", "Warm regards,", "Regards,",
                                                   "Thank you,", "All the best,"};

inline constexpr std::string_view k_subjects[] = {
    "Proposal for {product}", "Pricing for {quarter}", "Follow-up from our call", "Meeting {day}?",
    "Next steps", "Quote for {qty} users", "Contract renewal", "Demo recap", "Questions about {product}",
    "Introduction: {my_company} and {company}", "Pilot results", "Updated proposal",
    "Onboarding schedule", "Budget approval", "Catch-up in {city}", "Security documentation",
    "Reference customers", "Invoice and payment terms", "Your feedback on the trial", "Checking in"};

inline constexpr std::string_view k_out_of_office[] = {
    "Thank you for your message. I am out of the office until {day} with limited access to email.",
    "I am currently away and will reply when I am back on {month} {number}.",
    "Thanks for your email. I'm travelling this week and will respond as soon as I can.",
    "I am on annual leave and will not be checking email. Your message will not be forwarded."};

inline constexpr std::string_view k_out_of_office_urgent[] = {
    "For urgent matters please contact {colleague} at the main office.",
    "If your request is urgent, please call the front desk.",
    "For anything that cannot wait, my colleague {colleague} is happy to help."};

inline constexpr std::string_view k_newsletter_senders[] = {
    "Industry Weekly", "Sales Leaders Digest", "SaaS Pricing Notes", "The Procurement Brief",
    "Field Service Today", "Regional Business Journal"};

inline constexpr std::string_view k_newsletter_sentences[] = {
    "This week we look at how mid-sized firms are changing the way they buy software.",
    "Our survey of {qty} purchasing managers found that most decisions now involve five or more people.",
    "Three ways to shorten your sales cycle without discounting.",
    "Why the first ten minutes of a meeting matter more than the slides.",
    "A new report suggests that annual contracts are giving way to monthly plans.",
    "Upcoming webinar: negotiating renewals in a tight market.",
    "Reader question: how do you follow up after a proposal without being pushy?",
    "The conference in {city} returns in {month} with a record number of speakers.",
    "Case study: how a logistics company cut its reporting time in half.",
    "Opinion: picking up the phone is still the fastest way to close a deal.",
    "Hiring trends for account managers in {quarter}.",
    "What buyers say they want from vendors, and what they actually choose."};

inline constexpr std::string_view k_legal_footers[] = {
    "CONFIDENTIALITY NOTICE: This message and any attachments are intended only for the named recipient "
    "and may contain confidential information. If you received it in error, please tell the sender and "
    "delete it. Any other use, copying or distribution is not allowed.",
    "This email is confidential and may be legally privileged. If you are not the intended recipient, "
    "please do not read, copy or forward it; notify us by return email and delete it from your system.",
    "{company} is registered in England and Wales under company number 0{number}4417. Registered office: "
    "1 Example Street, Leeds. Emails are not monitored outside office hours.",
    "Please consider the environment before printing this email.",
    "The information in this email is for the addressee only. Opinions expressed are those of the "
    "author and not necessarily of the company. We accept no liability for viruses in attachments."};

inline constexpr std::string_view k_mobile_signatures[] = {"Sent from my iPhone", "Sent from my phone",
                                                           "Sent from Outlook for Android",
                                                           "Sent from my mobile, please excuse typos"};

inline constexpr std::string_view k_attachment_names[] = {
    "Proposal_{company}.pdf", "Quote_{number}.pdf", "Pricing_overview.xlsx", "Contract_signed.pdf",
    "Pilot_results.pptx", "Security_questionnaire.docx", "Invoice_{number}.pdf", "Brochure.pdf",
    "Org_chart.png", "Site_photo.jpg", "Requirements.docx", "Onboarding_plan.pdf"};

}  // namespace rapport::bench::vocabulary
