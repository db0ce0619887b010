/**
 * The demo partnership loaded by `SEED_DEMO`: a fictional county's modern slavery partnership
 * with a 4 P's strategy, a delivery plan and a couple of years of progress returns.
 *
 * Every date is relative to "today" (the seed turns `daysAgo` / `dueInDays` / `startInDays` /
 * `completedDaysAgo` into calendar dates), so the board report always shows a live-looking mix:
 * completed, cancelled, overdue, stale, on-hold, due-soon and on-track actions. The intended RAG
 * of each action as of today is tabled at the end of this file; keep it in step when editing.
 *
 * Pure data: only the vocabularies' types imported, so the seed, tests and scripts can all read it cheaply.
 */

import type { ActionStatusName, AgencyKindName, PillarName, ReportableRagName, RoleName } from '@app/domain';

export interface DemoAgency {
  key: string;
  name: string;
  kind: AgencyKindName;
}

export interface DemoUser {
  key: string;
  email: string;
  name: string;
  agencyKey: string | null;
  role: RoleName | null;
  isAdmin?: boolean;
}

export interface DemoObjective {
  code: string;
  pillar: PillarName;
  title: string;
  description: string;
}

export interface DemoUpdate {
  daysAgo: number;
  status: ActionStatusName;
  percent: number;
  rag?: ReportableRagName;
  narrative: string;
  authorKey: string;
}

/** `dueInDays` is relative to today; negative means in the past. */
export interface DemoMilestone {
  title: string;
  dueInDays: number;
  completedDaysAgo?: number;
}

/** `updates` are listed oldest first. */
export interface DemoAction {
  ref: string;
  objectiveCode: string;
  title: string;
  description: string;
  successMeasure: string;
  leadAgencyKey: string;
  supportingAgencyKeys: string[];
  leadOfficerKey?: string;
  startInDays?: number;
  dueInDays: number;
  milestones: DemoMilestone[];
  updates: DemoUpdate[];
}

export interface DemoPlan {
  /**
   * `staleAfterDays`: the partners report quarterly, so an action is "no recent update" once a
   * quarter's return is a month late (120 days), not after 30 days, which turned every past board
   * date into a sea of amber.
   */
  partnership: { name: string; slug: string; staleAfterDays: number };
  agencies: DemoAgency[];
  users: DemoUser[];
  strategy: { title: string; startYearOffset: number; endYearOffset: number };
  plan: { title: string; startYearOffset: number; endYearOffset: number };
  objectives: DemoObjective[];
  actions: DemoAction[];
}

export const DEMO_PLAN: DemoPlan = {
  partnership: { name: 'Northshire Modern Slavery Partnership', slug: 'northshire-msp', staleAfterDays: 120 },

  agencies: [
    { key: 'ncc', name: 'Northshire County Council', kind: 'COUNCIL' },
    { key: 'wdc', name: 'Westbrook District Council', kind: 'COUNCIL' },
    { key: 'police', name: 'Northshire Police', kind: 'POLICE' },
    { key: 'icb', name: 'NHS Northshire Integrated Care Board', kind: 'HEALTH' },
    { key: 'fire', name: 'Northshire Fire and Rescue Service', kind: 'FIRE' },
    { key: 'probation', name: 'Probation Service – Northshire Delivery Unit', kind: 'PROBATION' },
    { key: 'charity', name: 'Safe Passage Northshire', kind: 'VOLUNTARY' },
    { key: 'business', name: 'Northshire Business Network', kind: 'BUSINESS' },
    { key: 'schools', name: 'Northshire Schools and Colleges Safeguarding Partnership', kind: 'EDUCATION' },
    { key: 'glaa', name: 'Gangmasters and Labour Abuse Authority', kind: 'OTHER' },
  ],

  users: [
    {
      key: 'coordinator',
      email: 'sarah.whitfield@example.org',
      name: 'Sarah Whitfield',
      agencyKey: 'ncc',
      role: 'COORDINATOR',
    },
    {
      key: 'policePartner',
      email: 'daniel.okafor@example.org',
      name: 'Daniel Okafor',
      agencyKey: 'police',
      role: 'PARTNER',
    },
    {
      key: 'healthPartner',
      email: 'priya.raman@example.org',
      name: 'Priya Raman',
      agencyKey: 'icb',
      role: 'PARTNER',
    },
    {
      key: 'charityPartner',
      email: 'tom.ellison@example.org',
      name: 'Tom Ellison',
      agencyKey: 'charity',
      role: 'PARTNER',
    },
    {
      key: 'boardMember',
      email: 'helen.marsh@example.org',
      name: 'Helen Marsh',
      agencyKey: 'wdc',
      role: 'BOARD_MEMBER',
    },
  ],

  strategy: { title: 'Modern Slavery Strategy 2024–2027', startYearOffset: -2, endYearOffset: 1 },
  plan: { title: 'Delivery Plan 2024–2026', startYearOffset: -2, endYearOffset: 0 },

  objectives: [
    {
      code: 'PV1',
      pillar: 'PREVENT',
      title: 'Frontline staff and communities can recognise and report modern slavery',
      description:
        'Deliver training and awareness so that frontline staff across the partnership, licensed trades, schools and the public know the indicators of exploitation and how to report concerns.',
    },
    {
      code: 'PV2',
      pillar: 'PREVENT',
      title: 'Ethical procurement and slavery-free supply chains',
      description:
        'Use the purchasing power of partner organisations and local businesses to reduce the risk of forced labour in supply chains, through contract clauses, risk reviews and a business pledge.',
    },
    {
      code: 'PU1',
      pillar: 'PURSUE',
      title: 'Disrupt exploitation through intelligence-led partnership operations',
      description:
        'Identify and disrupt exploitation in high-risk settings (hand car washes, nail bars, agriculture, food processing, houses in multiple occupation) through joint police, council and GLAA operations.',
    },
    {
      code: 'PU2',
      pillar: 'PURSUE',
      title: 'Bring offenders to justice and restrict their activity',
      description:
        'Increase the use of Slavery and Trafficking Prevention and Risk Orders and manage convicted offenders so that they cannot continue to exploit people.',
    },
    {
      code: 'PT1',
      pillar: 'PROTECT',
      title: 'Adult victims are identified, referred to the NRM and supported to recover',
      description:
        'Ensure every first responder organisation has a clear National Referral Mechanism pathway, that Duty to Notify is met, and that adult victims have safe accommodation, health care and specialist support.',
    },
    {
      code: 'PT2',
      pillar: 'PROTECT',
      title: 'Child victims are safeguarded and supported by an Independent Child Trafficking Guardian',
      description:
        'Embed child trafficking and criminal exploitation in children’s safeguarding arrangements and give every eligible child an Independent Child Trafficking Guardian.',
    },
    {
      code: 'PR1',
      pillar: 'PREPARE',
      title: 'Strong governance, accountability and readiness to respond',
      description:
        'The partnership board holds partners to account for delivery, publishes an annual transparency statement and is ready to respond to a large-scale modern slavery incident.',
    },
    {
      code: 'PR2',
      pillar: 'PREPARE',
      title: 'Partners share data and intelligence to understand the local picture',
      description:
        'Put information-sharing agreements and consistent recording in place so that the partnership has a reliable problem profile of modern slavery in Northshire.',
    },
  ],

  actions: [
    // ── PV1: training and awareness ──────────────────────────────────────────────────────────
    {
      ref: '1.1',
      objectiveCode: 'PV1',
      title: 'Deliver modern slavery awareness training to 500 frontline council staff',
      description:
        'Commission and deliver a modern slavery awareness package for frontline staff in adult social care, children’s services, housing, trading standards and environmental health.',
      successMeasure: '500 frontline council staff trained, with at least 85% reporting increased confidence in the post-course evaluation.',
      leadAgencyKey: 'ncc',
      supportingAgencyKeys: ['charity', 'wdc'],
      leadOfficerKey: 'coordinator',
      startInDays: -560,
      dueInDays: -280,
      milestones: [
        { title: 'Training package agreed with the safeguarding adults and children boards', dueInDays: -500, completedDaysAgo: 505 },
        { title: '250 frontline staff trained', dueInDays: -400, completedDaysAgo: 402 },
        { title: '500 staff trained and evaluation report to the board', dueInDays: -300, completedDaysAgo: 312 },
      ],
      updates: [
        {
          daysAgo: 540,
          status: 'IN_PROGRESS',
          percent: 10,
          rag: 'GREEN',
          narrative: 'Training package co-designed with Safe Passage Northshire and approved by both safeguarding boards. First cohort booked.',
          authorKey: 'coordinator',
        },
        {
          daysAgo: 450,
          status: 'IN_PROGRESS',
          percent: 45,
          rag: 'GREEN',
          narrative: '212 staff trained across adult social care and housing. Evaluation shows 91% more confident to spot indicators.',
          authorKey: 'coordinator',
        },
        {
          daysAgo: 380,
          status: 'IN_PROGRESS',
          percent: 80,
          rag: 'GREEN',
          narrative: '398 staff trained. Remaining sessions scheduled for children’s services and trading standards.',
          authorKey: 'coordinator',
        },
        {
          daysAgo: 310,
          status: 'COMPLETED',
          percent: 100,
          rag: 'GREEN',
          narrative:
            'Target exceeded: 536 frontline staff trained, 89% reporting increased confidence. Evaluation report presented to the board; training now part of induction.',
          authorKey: 'coordinator',
        },
      ],
    },
    {
      ref: '1.2',
      objectiveCode: 'PV1',
      title: 'Roll out modern slavery training to NHS primary care and hospital staff',
      description:
        'Add modern slavery and human trafficking to safeguarding training for GP practices, acute trusts and community health services, including how to make an NRM referral.',
      successMeasure: 'Safeguarding lead trained in every GP practice; 80% of eligible acute trust staff complete the e-learning module.',
      leadAgencyKey: 'icb',
      supportingAgencyKeys: ['charity'],
      leadOfficerKey: 'healthPartner',
      startInDays: -430,
      dueInDays: 150,
      milestones: [
        { title: 'E-learning module live on the NHS learning platform', dueInDays: -300, completedDaysAgo: 310 },
        { title: 'Safeguarding leads in all GP practices trained', dueInDays: -60, completedDaysAgo: 70 },
        { title: 'Level 3 safeguarding training updated with modern slavery content', dueInDays: 90 },
      ],
      updates: [
        {
          daysAgo: 420,
          status: 'IN_PROGRESS',
          percent: 10,
          rag: 'GREEN',
          narrative: 'Training needs analysis completed with the three acute trusts and the GP federations.',
          authorKey: 'healthPartner',
        },
        {
          daysAgo: 330,
          status: 'IN_PROGRESS',
          percent: 30,
          rag: 'GREEN',
          narrative: 'E-learning module built and being tested with safeguarding leads.',
          authorKey: 'healthPartner',
        },
        {
          daysAgo: 240,
          status: 'IN_PROGRESS',
          percent: 45,
          rag: 'GREEN',
          narrative: 'Module live since last quarter; 1,900 completions so far across the acute trusts.',
          authorKey: 'healthPartner',
        },
        {
          daysAgo: 150,
          status: 'IN_PROGRESS',
          percent: 40,
          rag: 'GREEN',
          narrative:
            'Correction: the previous return double-counted staff who completed both the e-learning and a face-to-face session. Percent complete revised down from 45% to 40%.',
          authorKey: 'healthPartner',
        },
        {
          daysAgo: 20,
          status: 'IN_PROGRESS',
          percent: 70,
          rag: 'GREEN',
          narrative: 'All 64 GP practice safeguarding leads trained. Acute trust completion at 72% against the 80% target; on track for year end.',
          authorKey: 'healthPartner',
        },
      ],
    },
    {
      ref: '1.3',
      objectiveCode: 'PV1',
      title: 'Train fire crews to spot indicators of exploitation during Safe and Well visits and fire safety inspections',
      description: 'Brief every watch on the indicators of modern slavery and give crews a simple route to share concerns with the police and the council.',
      successMeasure: 'All operational watches briefed; concerns from fire crews recorded and shared through the partnership referral route.',
      leadAgencyKey: 'fire',
      supportingAgencyKeys: ['ncc', 'police'],
      startInDays: -210,
      dueInDays: 12,
      milestones: [
        { title: 'Indicator card issued to all crews', dueInDays: -150, completedDaysAgo: 160 },
        { title: 'All operational watches briefed', dueInDays: 10 },
      ],
      updates: [
        {
          daysAgo: 200,
          status: 'IN_PROGRESS',
          percent: 20,
          narrative: 'Indicator card designed with the police modern slavery team and printed for all appliances.',
          authorKey: 'coordinator',
        },
        {
          daysAgo: 110,
          status: 'IN_PROGRESS',
          percent: 50,
          narrative: '14 of 28 watches briefed. Two referrals already received from Safe and Well visits.',
          authorKey: 'coordinator',
        },
        {
          daysAgo: 12,
          status: 'IN_PROGRESS',
          percent: 85,
          rag: 'GREEN',
          narrative: '25 of 28 watches briefed; the last three are booked before the due date.',
          authorKey: 'coordinator',
        },
      ],
    },
    {
      ref: '1.4',
      objectiveCode: 'PV1',
      title: 'Deliver modern slavery and exploitation awareness sessions in secondary schools and colleges',
      description:
        'Offer every secondary school and college a PSHE session on exploitation, county lines and safe work, delivered with the police schools officers.',
      successMeasure: 'Sessions delivered in all 32 secondary schools and 4 colleges; pupil survey shows improved awareness.',
      leadAgencyKey: 'schools',
      supportingAgencyKeys: ['charity', 'police'],
      startInDays: -270,
      dueInDays: 120,
      milestones: [
        { title: 'PSHE lesson plan agreed with the education safeguarding team', dueInDays: -200, completedDaysAgo: 210 },
        { title: 'Sessions delivered in 16 schools', dueInDays: 30 },
        { title: 'All schools and colleges offered a session', dueInDays: 110 },
      ],
      updates: [
        {
          daysAgo: 260,
          status: 'IN_PROGRESS',
          percent: 15,
          rag: 'GREEN',
          narrative: 'Lesson plan drafted and piloted in two schools with positive feedback from pupils and staff.',
          authorKey: 'coordinator',
        },
        {
          daysAgo: 170,
          status: 'IN_PROGRESS',
          percent: 30,
          rag: 'GREEN',
          narrative: 'Lesson plan approved. Offer sent to all secondary heads and college principals.',
          authorKey: 'coordinator',
        },
        {
          daysAgo: 18,
          status: 'IN_PROGRESS',
          percent: 40,
          rag: 'AMBER',
          narrative: 'Uptake lower than planned: 11 of 32 schools have booked sessions. Escalated to the Director of Education to promote through the heads’ forum.',
          authorKey: 'coordinator',
        },
      ],
    },
    {
      ref: '1.5',
      objectiveCode: 'PV1',
      title: 'Make modern slavery awareness training a licensing condition for taxi and private hire drivers',
      description:
        'Amend the district’s taxi and private hire licensing policy so that new and renewing drivers complete safeguarding training that covers modern slavery and child exploitation.',
      successMeasure: 'Condition in force; 100% of new and renewing drivers complete the training.',
      leadAgencyKey: 'wdc',
      supportingAgencyKeys: ['police', 'ncc'],
      startInDays: 60,
      dueInDays: 240,
      milestones: [
        { title: 'Licensing committee approves the policy change', dueInDays: 75 },
        { title: 'Training module procured', dueInDays: 150 },
      ],
      updates: [],
    },

    // ── PV2: ethical procurement and supply chains ───────────────────────────────────────────
    {
      ref: '2.1',
      objectiveCode: 'PV2',
      title: 'Embed modern slavery clauses in all council contracts over £100k',
      description:
        'Add standard modern slavery clauses, supplier declarations and a right to audit to the county and district councils’ contract terms for all contracts over £100,000.',
      successMeasure: '100% of new contracts over £100k contain the standard clauses, confirmed by an audit of the contract register.',
      leadAgencyKey: 'ncc',
      supportingAgencyKeys: ['wdc'],
      leadOfficerKey: 'coordinator',
      startInDays: -500,
      dueInDays: -30,
      milestones: [
        { title: 'Standard clauses approved by Legal Services', dueInDays: -400, completedDaysAgo: 395 },
        { title: 'Procurement and commissioning staff briefed', dueInDays: -250, completedDaysAgo: 260 },
        { title: 'Contract register audit', dueInDays: -40, completedDaysAgo: 45 },
      ],
      updates: [
        {
          daysAgo: 480,
          status: 'IN_PROGRESS',
          percent: 10,
          rag: 'GREEN',
          narrative: 'Draft clauses prepared, based on the Home Office model clauses, and sent to Legal Services.',
          authorKey: 'coordinator',
        },
        {
          daysAgo: 380,
          status: 'IN_PROGRESS',
          percent: 35,
          rag: 'GREEN',
          narrative: 'Clauses approved and included in the standard terms from this quarter.',
          authorKey: 'coordinator',
        },
        {
          daysAgo: 270,
          status: 'IN_PROGRESS',
          percent: 55,
          rag: 'GREEN',
          narrative: '120 procurement and commissioning staff briefed. Westbrook District Council adopting the same clauses.',
          authorKey: 'coordinator',
        },
        {
          daysAgo: 110,
          status: 'IN_PROGRESS',
          percent: 80,
          rag: 'GREEN',
          narrative: 'Contract register audit under way with Internal Audit.',
          authorKey: 'coordinator',
        },
        {
          daysAgo: 45,
          status: 'COMPLETED',
          percent: 100,
          rag: 'GREEN',
          narrative: 'Audit confirms clauses in all 47 contracts over £100k let since adoption. Compliance now monitored through the contract management framework.',
          authorKey: 'coordinator',
        },
      ],
    },
    {
      ref: '2.2',
      objectiveCode: 'PV2',
      title: 'Carry out a supply-chain risk review of high-risk council contracts',
      description:
        'Review modern slavery risk in care, cleaning, construction and waste contracts, agree improvement plans with suppliers and re-test the highest-risk ones.',
      successMeasure: 'All high-risk contracts risk-assessed; improvement plans agreed with every supplier rated high risk.',
      leadAgencyKey: 'ncc',
      supportingAgencyKeys: ['business', 'glaa'],
      leadOfficerKey: 'coordinator',
      startInDays: -310,
      dueInDays: 160,
      milestones: [
        { title: 'Risk assessment tool agreed', dueInDays: -250, completedDaysAgo: 240 },
        { title: 'Care and cleaning contracts reviewed', dueInDays: -21 },
        { title: 'Construction and waste contracts reviewed', dueInDays: 100 },
      ],
      updates: [
        {
          daysAgo: 300,
          status: 'IN_PROGRESS',
          percent: 10,
          narrative: 'Risk assessment tool adapted from the GLAA and CCS guidance.',
          authorKey: 'coordinator',
        },
        {
          daysAgo: 190,
          status: 'IN_PROGRESS',
          percent: 30,
          rag: 'GREEN',
          narrative: '38 high-risk contracts identified. Supplier questionnaires issued for care and cleaning.',
          authorKey: 'coordinator',
        },
        {
          daysAgo: 100,
          status: 'IN_PROGRESS',
          percent: 45,
          rag: 'GREEN',
          narrative: 'Care contracts reviewed; two suppliers rated high risk and improvement plans in draft.',
          authorKey: 'coordinator',
        },
        {
          daysAgo: 8,
          status: 'IN_PROGRESS',
          percent: 55,
          rag: 'GREEN',
          narrative:
            'Care reviews complete. Cleaning reviews slipped because three suppliers are late returning questionnaires; construction work has started early.',
          authorKey: 'coordinator',
        },
      ],
    },
    {
      ref: '2.3',
      objectiveCode: 'PV2',
      title: 'Launch a Northshire business pledge on ethical recruitment and supply chains',
      description:
        'Work with the local business network to launch a voluntary pledge covering fair recruitment, worker voice and supply-chain checks, with free guidance and a peer network.',
      successMeasure: '50 local businesses signed up to the pledge, including at least 10 in agriculture, food processing or hospitality.',
      leadAgencyKey: 'business',
      supportingAgencyKeys: ['ncc', 'glaa', 'charity'],
      startInDays: -220,
      dueInDays: 200,
      milestones: [
        { title: 'Pledge launched at the business breakfast', dueInDays: -90, completedDaysAgo: 95 },
        { title: '50 businesses signed up', dueInDays: 180 },
      ],
      updates: [
        {
          daysAgo: 210,
          status: 'IN_PROGRESS',
          percent: 15,
          narrative: 'Pledge wording agreed with the business network board and the GLAA.',
          authorKey: 'coordinator',
        },
        {
          daysAgo: 120,
          status: 'IN_PROGRESS',
          percent: 40,
          narrative: 'Launch event booked; guidance pack and website page ready.',
          authorKey: 'coordinator',
        },
        {
          daysAgo: 25,
          status: 'IN_PROGRESS',
          percent: 60,
          rag: 'GREEN',
          narrative: 'Pledge launched to 90 businesses. 31 signed so far, 8 of them in agriculture and food processing.',
          authorKey: 'coordinator',
        },
      ],
    },
    {
      ref: '2.4',
      objectiveCode: 'PV2',
      title: 'Include supply-chain checks in ICB contracts and require NHS providers to publish modern slavery statements',
      description:
        'Add modern slavery requirements to local NHS contract variations and check that every provider above the threshold publishes a compliant statement.',
      successMeasure: 'All NHS providers above the threshold publish a compliant statement; checks included in local contract variations.',
      leadAgencyKey: 'icb',
      supportingAgencyKeys: ['business'],
      leadOfficerKey: 'healthPartner',
      startInDays: -410,
      dueInDays: 60,
      milestones: [
        { title: 'Baseline of provider statements', dueInDays: -300, completedDaysAgo: 290 },
        { title: 'Local contract variation drafted', dueInDays: -100 },
      ],
      updates: [
        {
          daysAgo: 400,
          status: 'IN_PROGRESS',
          percent: 10,
          narrative: 'Baseline review of provider statements started.',
          authorKey: 'healthPartner',
        },
        {
          daysAgo: 280,
          status: 'IN_PROGRESS',
          percent: 20,
          rag: 'AMBER',
          narrative: 'Baseline complete: 9 of 14 providers have a current statement. Contract variation on hold pending national guidance.',
          authorKey: 'healthPartner',
        },
        {
          daysAgo: 50,
          status: 'CANCELLED',
          percent: 20,
          narrative:
            'Cancelled with the board’s agreement: superseded by the national NHS Standard Contract and procurement requirements, now monitored by the ICB contracts team.',
          authorKey: 'healthPartner',
        },
      ],
    },

    // ── PU1: disruption ──────────────────────────────────────────────────────────────────────
    {
      ref: '3.1',
      objectiveCode: 'PU1',
      title: 'Run multi-agency car wash and nail bar visits (Operation Lantern)',
      description:
        'Intelligence-led joint visits to hand car washes and nail bars by police, licensing, the GLAA, fire and the victim support charity, with safeguarding offered on site.',
      successMeasure: '100 premises visited across Northshire; every potential victim offered support and, where they consent, an NRM referral.',
      leadAgencyKey: 'police',
      supportingAgencyKeys: ['wdc', 'glaa', 'fire', 'charity'],
      leadOfficerKey: 'policePartner',
      startInDays: -490,
      dueInDays: 90,
      milestones: [
        { title: 'Phase 1: 40 hand car washes visited', dueInDays: -300, completedDaysAgo: 310 },
        { title: 'Phase 2: 60 nail bars visited', dueInDays: -120, completedDaysAgo: 125 },
        { title: 'Phase 3 evaluation report to the board', dueInDays: 80 },
      ],
      updates: [
        {
          daysAgo: 480,
          status: 'IN_PROGRESS',
          percent: 10,
          rag: 'GREEN',
          narrative: 'Operation Lantern planning complete; target list drawn from partnership intelligence.',
          authorKey: 'policePartner',
        },
        {
          daysAgo: 370,
          status: 'IN_PROGRESS',
          percent: 25,
          rag: 'GREEN',
          narrative: '22 car washes visited. Four potential victims identified, two consented to NRM referral.',
          authorKey: 'policePartner',
        },
        {
          daysAgo: 260,
          status: 'IN_PROGRESS',
          percent: 45,
          rag: 'GREEN',
          narrative: 'Phase 1 complete (41 car washes). Two premises closed following licensing and HMRC action.',
          authorKey: 'policePartner',
        },
        {
          daysAgo: 95,
          status: 'IN_PROGRESS',
          percent: 60,
          rag: 'GREEN',
          narrative: 'Phase 2 complete: 63 nail bars visited, one arrest for trafficking offences.',
          authorKey: 'policePartner',
        },
        {
          daysAgo: 10,
          status: 'IN_PROGRESS',
          percent: 75,
          rag: 'GREEN',
          narrative: 'Phase 3 re-visits under way. Evaluation being drafted with the university partner.',
          authorKey: 'policePartner',
        },
      ],
    },
    {
      ref: '3.2',
      objectiveCode: 'PU1',
      title: 'Carry out joint labour exploitation inspections of farms and food-processing sites with the GLAA',
      description:
        'Joint GLAA, police and district council inspections of labour providers and seasonal worker accommodation on agricultural and food-processing sites.',
      successMeasure: 'Six joint inspections completed during the harvest season; findings shared with the partnership intelligence meeting.',
      leadAgencyKey: 'glaa',
      supportingAgencyKeys: ['police', 'wdc'],
      startInDays: -330,
      dueInDays: 75,
      milestones: [
        { title: 'Target sites agreed from partnership intelligence', dueInDays: -180, completedDaysAgo: 185 },
        { title: 'Harvest season inspections', dueInDays: 60 },
      ],
      updates: [
        {
          daysAgo: 320,
          status: 'IN_PROGRESS',
          percent: 10,
          rag: 'GREEN',
          narrative: 'Scoping meeting held with the GLAA regional team.',
          authorKey: 'coordinator',
        },
        {
          daysAgo: 200,
          status: 'IN_PROGRESS',
          percent: 30,
          rag: 'GREEN',
          narrative: 'Twelve sites shortlisted; six prioritised for the harvest season.',
          authorKey: 'coordinator',
        },
        {
          daysAgo: 100,
          status: 'IN_PROGRESS',
          percent: 40,
          rag: 'AMBER',
          narrative: 'GLAA regional capacity reduced by two vacancies. Inspection plan being re-phased.',
          authorKey: 'coordinator',
        },
        {
          daysAgo: 9,
          status: 'IN_PROGRESS',
          percent: 45,
          rag: 'RED',
          narrative:
            'Only two of six inspections completed and the harvest season is half over. Board asked to seek additional officers from the GLAA regional lead.',
          authorKey: 'coordinator',
        },
      ],
    },

    // ── PU2: offenders ───────────────────────────────────────────────────────────────────────
    {
      ref: '4.1',
      objectiveCode: 'PU2',
      title: 'Increase the use of Slavery and Trafficking Prevention and Risk Orders',
      description: 'Give investigators guidance and legal support to apply for STPOs and STROs, and monitor orders with Probation so that breaches are acted on.',
      successMeasure: 'At least eight orders obtained in the plan period; every breach reported is investigated.',
      leadAgencyKey: 'police',
      supportingAgencyKeys: ['probation', 'ncc'],
      leadOfficerKey: 'policePartner',
      startInDays: -390,
      dueInDays: 210,
      milestones: [
        { title: 'Guidance for investigators on applying for orders', dueInDays: -200, completedDaysAgo: 210 },
        { title: 'Order breach monitoring process agreed with Probation', dueInDays: 120 },
      ],
      updates: [
        {
          daysAgo: 380,
          status: 'IN_PROGRESS',
          percent: 10,
          narrative: 'Baseline: two orders in force in Northshire. Force legal services engaged.',
          authorKey: 'policePartner',
        },
        {
          daysAgo: 260,
          status: 'IN_PROGRESS',
          percent: 30,
          rag: 'GREEN',
          narrative: 'Guidance issued to all investigators; three applications in preparation.',
          authorKey: 'policePartner',
        },
        {
          daysAgo: 70,
          status: 'IN_PROGRESS',
          percent: 45,
          rag: 'GREEN',
          narrative: 'Five orders now in force. Breach monitoring process drafted with Probation.',
          authorKey: 'policePartner',
        },
      ],
    },
    {
      ref: '4.2',
      objectiveCode: 'PU2',
      title: 'Manage modern slavery offenders under MAPPA and monitor compliance with order conditions',
      description:
        'Make sure offenders convicted of modern slavery offences are managed under MAPPA where eligible and that STPO conditions are checked jointly with the police.',
      successMeasure: 'All eligible offenders managed under MAPPA; joint compliance checks carried out quarterly.',
      leadAgencyKey: 'probation',
      supportingAgencyKeys: ['police'],
      startInDays: -310,
      dueInDays: 25,
      milestones: [
        { title: 'Probation practitioners briefed on STPO conditions', dueInDays: -200, completedDaysAgo: 200 },
        { title: 'Joint compliance checks protocol agreed', dueInDays: -30, completedDaysAgo: 28 },
      ],
      updates: [
        {
          daysAgo: 300,
          status: 'IN_PROGRESS',
          percent: 20,
          narrative: 'Cohort identified: seven offenders under supervision for modern slavery offences.',
          authorKey: 'coordinator',
        },
        {
          daysAgo: 180,
          status: 'IN_PROGRESS',
          percent: 50,
          rag: 'GREEN',
          narrative: 'Practitioner briefing delivered; all seven cases reviewed at MAPPA level 2 meetings.',
          authorKey: 'coordinator',
        },
        {
          daysAgo: 22,
          status: 'IN_PROGRESS',
          percent: 70,
          rag: 'GREEN',
          narrative: 'Joint compliance protocol signed off (two days late). First quarterly checks booked before the due date.',
          authorKey: 'coordinator',
        },
      ],
    },

    // ── PT1: adult victims and the NRM ───────────────────────────────────────────────────────
    {
      ref: '5.1',
      objectiveCode: 'PT1',
      title: 'Establish an NRM referral pathway in A&E and urgent care',
      description:
        'Agree a pathway with the three acute trusts so that emergency department and urgent care staff can identify potential victims, make an NRM referral or Duty to Notify, and hand over to specialist support.',
      successMeasure: 'Pathway live in all three emergency departments; NRM referrals from health increase year on year.',
      leadAgencyKey: 'icb',
      supportingAgencyKeys: ['charity', 'police'],
      leadOfficerKey: 'healthPartner',
      startInDays: -430,
      dueInDays: -60,
      milestones: [
        { title: 'Pathway agreed with Northshire General Hospital emergency department', dueInDays: -200, completedDaysAgo: 210 },
        { title: 'Pathway live at all three acute trusts', dueInDays: -90 },
      ],
      updates: [
        {
          daysAgo: 420,
          status: 'IN_PROGRESS',
          percent: 10,
          rag: 'GREEN',
          narrative: 'Task and finish group set up with the acute trusts’ safeguarding leads.',
          authorKey: 'healthPartner',
        },
        {
          daysAgo: 300,
          status: 'IN_PROGRESS',
          percent: 25,
          rag: 'GREEN',
          narrative: 'Draft pathway and flowchart agreed by the task and finish group.',
          authorKey: 'healthPartner',
        },
        {
          daysAgo: 180,
          status: 'IN_PROGRESS',
          percent: 40,
          rag: 'AMBER',
          narrative: 'Pathway live at Northshire General. The other two trusts are waiting for changes to their electronic patient record.',
          authorKey: 'healthPartner',
        },
        {
          daysAgo: 40,
          status: 'IN_PROGRESS',
          percent: 55,
          rag: 'AMBER',
          narrative: 'Westbrook Community Hospital now live. Riverside Trust’s record change is delayed to next quarter; interim paper form in use.',
          authorKey: 'healthPartner',
        },
      ],
    },
    {
      ref: '5.2',
      objectiveCode: 'PT1',
      title: 'Commission safe-house and move-on accommodation for adult victims',
      description: 'Commission emergency bed spaces and move-on accommodation for adult victims leaving the NRM safe-house service or declining NRM entry.',
      successMeasure: 'Six emergency bed spaces and a move-on protocol in place; no victim placed in unsuitable bed and breakfast accommodation.',
      leadAgencyKey: 'ncc',
      supportingAgencyKeys: ['wdc', 'charity'],
      leadOfficerKey: 'coordinator',
      startInDays: -360,
      dueInDays: 150,
      milestones: [
        { title: 'Accommodation needs assessment completed', dueInDays: -260, completedDaysAgo: 250 },
        { title: 'Procurement launched', dueInDays: 60 },
      ],
      updates: [
        {
          daysAgo: 350,
          status: 'IN_PROGRESS',
          percent: 10,
          narrative: 'Needs assessment started with housing options teams and Safe Passage Northshire.',
          authorKey: 'coordinator',
        },
        {
          daysAgo: 240,
          status: 'IN_PROGRESS',
          percent: 30,
          rag: 'GREEN',
          narrative: 'Needs assessment complete: an estimated 25 adults a year need emergency accommodation.',
          authorKey: 'coordinator',
        },
        {
          daysAgo: 130,
          status: 'IN_PROGRESS',
          percent: 35,
          rag: 'GREEN',
          narrative: 'Service specification drafted; budget bid submitted for next year.',
          authorKey: 'coordinator',
        },
        {
          daysAgo: 15,
          status: 'ON_HOLD',
          percent: 35,
          rag: 'AMBER',
          narrative:
            'On hold pending the outcome of the county housing budget review; procurement cannot start until funding is confirmed. Interim spot-purchase arrangement in place.',
          authorKey: 'coordinator',
        },
      ],
    },
    {
      ref: '5.3',
      objectiveCode: 'PT1',
      title: 'Provide specialist outreach to adult victims who decline NRM entry or have no recourse to public funds',
      description:
        'A specialist outreach worker supports adults who do not consent to an NRM referral, including those with no recourse to public funds, with immigration advice, health and housing.',
      successMeasure: '40 adults supported each year; 75% report feeling safer after three months.',
      leadAgencyKey: 'charity',
      supportingAgencyKeys: ['ncc', 'icb'],
      leadOfficerKey: 'charityPartner',
      startInDays: -215,
      dueInDays: 240,
      milestones: [
        { title: 'Outreach worker recruited', dueInDays: -160, completedDaysAgo: 165 },
        { title: 'Referral route from homelessness services live', dueInDays: 30 },
      ],
      updates: [
        {
          daysAgo: 200,
          status: 'IN_PROGRESS',
          percent: 20,
          rag: 'GREEN',
          narrative: 'Outreach worker recruited and in post; first referrals received from Northshire Police.',
          authorKey: 'charityPartner',
        },
        {
          daysAgo: 110,
          status: 'IN_PROGRESS',
          percent: 40,
          rag: 'GREEN',
          narrative: '14 adults supported this half-year, five with no recourse to public funds. Immigration advice clinic set up monthly.',
          authorKey: 'charityPartner',
        },
        {
          daysAgo: 3,
          status: 'IN_PROGRESS',
          percent: 55,
          rag: 'GREEN',
          narrative: '23 adults supported to date. Referral route from homelessness services agreed and going live this month.',
          authorKey: 'charityPartner',
        },
      ],
    },
    {
      ref: '5.4',
      objectiveCode: 'PT1',
      title: 'Introduce an audited Duty to Notify process for adults who do not consent to an NRM referral',
      description:
        'Make sure every first responder organisation submits a Duty to Notify (MS1) return when an adult declines an NRM referral, and audit returns quarterly.',
      successMeasure: 'Duty to Notify returns submitted for every adult who declines an NRM referral, confirmed by quarterly audit.',
      leadAgencyKey: 'police',
      supportingAgencyKeys: ['ncc', 'wdc'],
      leadOfficerKey: 'policePartner',
      startInDays: -340,
      dueInDays: -10,
      milestones: [
        { title: 'Duty to Notify process mapped and agreed', dueInDays: -250, completedDaysAgo: 260 },
        { title: 'First quarterly audit of MS1 returns', dueInDays: -60, completedDaysAgo: 70 },
      ],
      updates: [
        {
          daysAgo: 330,
          status: 'IN_PROGRESS',
          percent: 20,
          rag: 'GREEN',
          narrative: 'Process mapping workshop held with first responder organisations.',
          authorKey: 'policePartner',
        },
        {
          daysAgo: 200,
          status: 'IN_PROGRESS',
          percent: 50,
          rag: 'GREEN',
          narrative: 'Process agreed and published on the partnership website; first responders briefed.',
          authorKey: 'policePartner',
        },
        {
          daysAgo: 100,
          status: 'IN_PROGRESS',
          percent: 80,
          rag: 'GREEN',
          narrative: 'First quarterly audit found four missing returns, all now submitted.',
          authorKey: 'policePartner',
        },
        {
          daysAgo: 20,
          status: 'COMPLETED',
          percent: 100,
          rag: 'GREEN',
          narrative: 'Second audit shows full compliance. Process handed to business as usual with audits reported to the board quarterly.',
          authorKey: 'policePartner',
        },
      ],
    },

    // ── PT2: child victims ───────────────────────────────────────────────────────────────────
    {
      ref: '6.1',
      objectiveCode: 'PT2',
      title: 'Implement Independent Child Trafficking Guardians (ICTG) across Northshire',
      description:
        'Work with children’s services and the police to embed the ICTG service so that every child identified as a potential victim of trafficking has an independent guardian.',
      successMeasure: 'Every eligible child allocated an ICTG within 24 hours of referral.',
      leadAgencyKey: 'charity',
      supportingAgencyKeys: ['ncc', 'police'],
      leadOfficerKey: 'charityPartner',
      startInDays: -460,
      dueInDays: 28,
      milestones: [
        { title: 'ICTG rollout to Northshire confirmed by the Home Office', dueInDays: -420, completedDaysAgo: 430 },
        { title: 'ICTG service operational with referral routes agreed', dueInDays: -300, completedDaysAgo: 305 },
        { title: 'All eligible children allocated an ICTG within 24 hours', dueInDays: 20 },
      ],
      updates: [
        {
          daysAgo: 450,
          status: 'IN_PROGRESS',
          percent: 5,
          rag: 'GREEN',
          narrative: 'Home Office confirmed Northshire in the next ICTG rollout tranche.',
          authorKey: 'charityPartner',
        },
        {
          daysAgo: 330,
          status: 'IN_PROGRESS',
          percent: 25,
          rag: 'GREEN',
          narrative: 'Referral routes agreed with the MASH and the police; guardians recruited.',
          authorKey: 'charityPartner',
        },
        {
          daysAgo: 210,
          status: 'IN_PROGRESS',
          percent: 50,
          rag: 'GREEN',
          narrative: '17 children supported by an ICTG since the service started.',
          authorKey: 'charityPartner',
        },
        {
          daysAgo: 100,
          status: 'IN_PROGRESS',
          percent: 70,
          rag: 'GREEN',
          narrative: 'Allocation within 24 hours achieved for 88% of referrals; weekend cover being added.',
          authorKey: 'charityPartner',
        },
        {
          daysAgo: 7,
          status: 'IN_PROGRESS',
          percent: 85,
          rag: 'GREEN',
          narrative: 'Weekend cover in place; 96% allocated within 24 hours last month.',
          authorKey: 'charityPartner',
        },
      ],
    },
    {
      ref: '6.2',
      objectiveCode: 'PT2',
      title: 'Add child trafficking and criminal exploitation indicators to MASH front-door screening',
      description:
        'Update the Multi-Agency Safeguarding Hub screening tool and practice guidance so that trafficking and criminal exploitation indicators trigger a strategy discussion and consideration of an NRM referral.',
      successMeasure: 'Screening tool updated and all MASH staff trained; audit shows indicators recorded in 95% of relevant contacts.',
      leadAgencyKey: 'ncc',
      supportingAgencyKeys: ['police', 'icb', 'schools'],
      leadOfficerKey: 'coordinator',
      startInDays: -370,
      dueInDays: -120,
      milestones: [
        { title: 'Screening tool updated', dueInDays: -280, completedDaysAgo: 285 },
        { title: 'MASH staff trained', dueInDays: -200, completedDaysAgo: 205 },
        { title: 'Case file audit', dueInDays: -150, completedDaysAgo: 152 },
      ],
      updates: [
        {
          daysAgo: 360,
          status: 'IN_PROGRESS',
          percent: 20,
          rag: 'GREEN',
          narrative: 'Screening tool review started with the MASH practice leads.',
          authorKey: 'coordinator',
        },
        {
          daysAgo: 250,
          status: 'IN_PROGRESS',
          percent: 60,
          rag: 'GREEN',
          narrative: 'Tool updated and live; 42 of 48 MASH staff trained.',
          authorKey: 'coordinator',
        },
        {
          daysAgo: 150,
          status: 'COMPLETED',
          percent: 100,
          rag: 'GREEN',
          narrative: 'All MASH staff trained. Case file audit shows indicators recorded in 97% of relevant contacts.',
          authorKey: 'coordinator',
        },
      ],
    },
    {
      ref: '6.3',
      objectiveCode: 'PT2',
      title: 'Ensure every child referred to the NRM has a return interview and an exploitation risk assessment',
      description:
        'Children who go missing or are referred to the NRM receive a return home interview within 72 hours and a child exploitation risk assessment reviewed at the exploitation panel.',
      successMeasure: '90% of return interviews completed within 72 hours; all NRM-referred children discussed at the exploitation panel.',
      leadAgencyKey: 'ncc',
      supportingAgencyKeys: ['schools', 'police'],
      leadOfficerKey: 'coordinator',
      startInDays: -290,
      dueInDays: 90,
      milestones: [
        { title: 'Audit of return interviews', dueInDays: -40, completedDaysAgo: 30 },
        { title: 'Recovery plan actions complete', dueInDays: 60 },
      ],
      updates: [
        {
          daysAgo: 280,
          status: 'IN_PROGRESS',
          percent: 20,
          rag: 'GREEN',
          narrative: 'Return interview standard refreshed and shared with the commissioned provider.',
          authorKey: 'coordinator',
        },
        {
          daysAgo: 190,
          status: 'IN_PROGRESS',
          percent: 40,
          rag: 'GREEN',
          narrative: 'Exploitation risk assessment embedded in the case management system.',
          authorKey: 'coordinator',
        },
        {
          daysAgo: 26,
          status: 'IN_PROGRESS',
          percent: 50,
          rag: 'AMBER',
          narrative: 'Audit found 68% of return interviews within 72 hours against the 90% target. Recovery plan agreed with the provider and reviewed monthly.',
          authorKey: 'coordinator',
        },
      ],
    },
    {
      ref: '6.4',
      objectiveCode: 'PT2',
      title: 'Agree a transition protocol for child victims turning 18',
      description:
        'Children’s and adult services agree how young people who are victims of trafficking are supported through transition to adulthood, including NRM continuity and accommodation.',
      successMeasure: 'Protocol signed off by both directors; every young person in scope has a transition plan by age 17½.',
      leadAgencyKey: 'ncc',
      supportingAgencyKeys: ['charity', 'probation'],
      leadOfficerKey: 'coordinator',
      startInDays: -310,
      dueInDays: -25,
      milestones: [
        { title: 'Draft protocol agreed by children’s and adult services', dueInDays: -60, completedDaysAgo: 55 },
        { title: 'Protocol signed off by both directors', dueInDays: -25 },
      ],
      updates: [
        {
          daysAgo: 300,
          status: 'IN_PROGRESS',
          percent: 10,
          narrative: 'Working group set up with children’s and adult services leads.',
          authorKey: 'coordinator',
        },
        {
          daysAgo: 200,
          status: 'IN_PROGRESS',
          percent: 20,
          rag: 'GREEN',
          narrative: 'Case review of nine young people in transition completed to inform the protocol.',
          authorKey: 'coordinator',
        },
        {
          daysAgo: 80,
          status: 'IN_PROGRESS',
          percent: 30,
          rag: 'AMBER',
          narrative: 'Drafting delayed by staff changes in adult services.',
          authorKey: 'coordinator',
        },
        {
          daysAgo: 13,
          status: 'IN_PROGRESS',
          percent: 80,
          rag: 'GREEN',
          narrative: 'Draft protocol agreed by both services. Director sign-off expected at the joint leadership meeting next month.',
          authorKey: 'coordinator',
        },
      ],
    },

    // ── PR1: governance and readiness ────────────────────────────────────────────────────────
    {
      ref: '7.1',
      objectiveCode: 'PR1',
      title: 'Publish the annual modern slavery transparency statement',
      description: 'Prepare, approve and publish the council’s annual modern slavery and human trafficking statement, reporting progress against this plan.',
      successMeasure: 'Statement approved by Cabinet and published on the council website and the Home Office registry by the due date.',
      leadAgencyKey: 'ncc',
      supportingAgencyKeys: ['wdc', 'police', 'icb'],
      leadOfficerKey: 'coordinator',
      startInDays: -70,
      dueInDays: 45,
      milestones: [
        { title: 'Draft statement to Corporate Leadership Team', dueInDays: 20 },
        { title: 'Approved by Cabinet and published', dueInDays: 45 },
      ],
      updates: [
        {
          daysAgo: 60,
          status: 'IN_PROGRESS',
          percent: 20,
          rag: 'GREEN',
          narrative: 'Partner contributions requested for the annual statement.',
          authorKey: 'coordinator',
        },
        {
          daysAgo: 5,
          status: 'IN_PROGRESS',
          percent: 50,
          rag: 'GREEN',
          narrative: 'All partner contributions received; first draft in review with Legal Services.',
          authorKey: 'coordinator',
        },
      ],
    },
    {
      ref: '7.2',
      objectiveCode: 'PR1',
      title: 'Agree a multi-agency response plan for a large-scale modern slavery incident',
      description:
        'Agree with the Local Resilience Forum how partners will respond to a large-scale rescue: reception centre, interpreters, health triage, accommodation and NRM referrals.',
      successMeasure: 'Response plan agreed by the Local Resilience Forum and tested in a table-top exercise.',
      leadAgencyKey: 'police',
      supportingAgencyKeys: ['ncc', 'icb', 'fire', 'charity'],
      leadOfficerKey: 'policePartner',
      startInDays: -120,
      dueInDays: -15,
      milestones: [
        { title: 'Plan drafted with the Local Resilience Forum', dueInDays: -45 },
        { title: 'Table-top exercise', dueInDays: 60 },
      ],
      updates: [],
    },

    // ── PR2: data and intelligence sharing ───────────────────────────────────────────────────
    {
      ref: '8.1',
      objectiveCode: 'PR2',
      title: 'Agree a partnership information-sharing agreement for modern slavery intelligence',
      description:
        'A single information-sharing agreement, with a data protection impact assessment, covering the exchange of modern slavery intelligence between all partners.',
      successMeasure: 'Information-sharing agreement signed by all ten partner organisations.',
      leadAgencyKey: 'police',
      supportingAgencyKeys: ['ncc', 'wdc', 'icb', 'charity', 'glaa'],
      leadOfficerKey: 'policePartner',
      startInDays: -370,
      dueInDays: 21,
      milestones: [
        { title: 'Data protection impact assessment completed', dueInDays: -200, completedDaysAgo: 190 },
        { title: 'Agreement signed by all partners', dueInDays: 14 },
      ],
      updates: [
        {
          daysAgo: 360,
          status: 'IN_PROGRESS',
          percent: 10,
          rag: 'GREEN',
          narrative: 'Information governance leads from each partner nominated.',
          authorKey: 'policePartner',
        },
        {
          daysAgo: 240,
          status: 'IN_PROGRESS',
          percent: 40,
          rag: 'GREEN',
          narrative: 'DPIA drafted and under review by the data protection officers.',
          authorKey: 'policePartner',
        },
        {
          daysAgo: 120,
          status: 'IN_PROGRESS',
          percent: 70,
          rag: 'GREEN',
          narrative: 'DPIA signed off. Agreement circulated for signature.',
          authorKey: 'policePartner',
        },
        {
          daysAgo: 24,
          status: 'IN_PROGRESS',
          percent: 90,
          rag: 'GREEN',
          narrative: 'Eight of ten partners have signed; the remaining two are going through their own governance this month.',
          authorKey: 'policePartner',
        },
      ],
    },
    {
      ref: '8.2',
      objectiveCode: 'PR2',
      title: 'Produce a partnership modern slavery problem profile for Northshire',
      description:
        'A strategic analysis drawing on police, council, health, NRM and voluntary sector data to describe the scale and nature of modern slavery in Northshire and inform the next plan.',
      successMeasure: 'Problem profile presented to the board and used to set next year’s priorities.',
      leadAgencyKey: 'police',
      supportingAgencyKeys: ['ncc', 'icb', 'charity', 'glaa'],
      leadOfficerKey: 'policePartner',
      startInDays: -220,
      dueInDays: 100,
      milestones: [
        { title: 'Data returns requested from partners', dueInDays: -150, completedDaysAgo: 155 },
        { title: 'Draft profile to the board', dueInDays: 80 },
      ],
      updates: [
        {
          daysAgo: 210,
          status: 'IN_PROGRESS',
          percent: 10,
          rag: 'GREEN',
          narrative: 'Terms of reference for the profile agreed; data requests issued to partners.',
          authorKey: 'policePartner',
        },
        {
          daysAgo: 100,
          status: 'IN_PROGRESS',
          percent: 30,
          rag: 'AMBER',
          narrative: 'Data received from six of nine partners. Analyst post vacant since last month.',
          authorKey: 'policePartner',
        },
        {
          daysAgo: 48,
          status: 'IN_PROGRESS',
          percent: 40,
          rag: 'AMBER',
          narrative: 'Interim analyst support agreed with the regional organised crime unit. Draft now expected later than planned.',
          authorKey: 'policePartner',
        },
      ],
    },
  ],
};

/*
 * Intended RAG of each action as of today (staleAfterDays = 120 for quarterly returns, dueSoonDays
 * = 30; every action in the plan since the plan's start), with the DESIGN.md reasons in
 * RAG_REASON_ORDER. NONE = cancelled: no RAG, left out of every roll-up. With 120 days, a past
 * board date (today − 61) shows 2 actions "no recent update"; with the old 30 days it showed 19.
 *
 * | ref | RAG   | reasons                                                      | why                                                            |
 * | --- | ----- | ------------------------------------------------------------ | -------------------------------------------------------------- |
 * | 1.1 | BLUE  |                                                              | COMPLETED 310 days ago (long ago)                              |
 * | 1.2 | GREEN |                                                              | updated 20 days ago, due +150; history has a stated correction |
 * | 1.3 | GREEN |                                                              | updated 12 days ago, due soon (+12)                            |
 * | 1.4 | AMBER | REPORTED_AMBER                                               | latest update (18 days ago) rag AMBER                          |
 * | 1.5 | GREEN |                                                              | NOT_STARTED, no updates, starts +60 (not yet due to start)     |
 * | 2.1 | BLUE  |                                                              | COMPLETED 45 days ago (IN_PROGRESS 90 days ago)                |
 * | 2.2 | AMBER | MILESTONE_OVERDUE                                            | milestone due -21 not complete; otherwise on track             |
 * | 2.3 | GREEN |                                                              | updated 25 days ago, due +200                                  |
 * | 2.4 | NONE  |                                                              | CANCELLED 50 days ago                                          |
 * | 3.1 | GREEN |                                                              | updated 10 days ago, due +90                                   |
 * | 3.2 | RED   | REPORTED_RED                                                 | latest update (9 days ago) rag RED; not overdue (+75)          |
 * | 4.1 | GREEN |                                                              | last update 70 days ago (within 120), due +210                 |
 * | 4.2 | GREEN |                                                              | updated 22 days ago, due soon (+25)                            |
 * | 5.1 | RED   | OVERDUE, MILESTONE_OVERDUE, REPORTED_AMBER                   | due -60, last update 40 days ago                               |
 * | 5.2 | AMBER | REPORTED_AMBER, ON_HOLD                                      | ON_HOLD since 15 days ago                                      |
 * | 5.3 | GREEN |                                                              | updated 3 days ago, due +240                                   |
 * | 5.4 | BLUE  |                                                              | COMPLETED 20 days ago                                          |
 * | 6.1 | GREEN |                                                              | updated 7 days ago, due soon (+28)                             |
 * | 6.2 | BLUE  |                                                              | COMPLETED 150 days ago                                         |
 * | 6.3 | AMBER | REPORTED_AMBER                                               | latest update (26 days ago) rag AMBER                          |
 * | 6.4 | RED   | OVERDUE, MILESTONE_OVERDUE                                   | due -25 although the reporter says GREEN                       |
 * | 7.1 | GREEN |                                                              | updated 5 days ago, due +45                                    |
 * | 7.2 | RED   | OVERDUE, MILESTONE_OVERDUE                                   | NOT_STARTED, no updates, started 120 days ago (not > 120), due -15 |
 * | 8.1 | GREEN |                                                              | updated 24 days ago, due soon (+21)                            |
 * | 8.2 | AMBER | REPORTED_AMBER                                               | last update 48 days ago, rag AMBER                             |
 *
 * Totals: 4 BLUE, 1 cancelled, 4 RED, 5 AMBER, 11 GREEN.
 * Due soon (open, due in 0..30 days): 1.3, 4.2, 6.1, 8.1.
 * Derived RAG or status different 90 days ago (board report with since = today - 90):
 * 1.4, 2.1, 2.2, 2.4, 3.2, 4.1, 5.1, 5.2, 5.4, 6.3, 6.4, 7.1, 7.2 (two completions, a cancellation,
 * an ON_HOLD, GREEN/AMBER to RED, a new overdue milestone, reporters' AMBER, a stale action updated again).
 */
