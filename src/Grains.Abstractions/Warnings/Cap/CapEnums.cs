namespace AmbonCC.Warnings.Cap;

// Member names are the CAP 1.2 XML values exactly (OASIS CAP 1.2, section 3.2), so Enum.ToString() writes them.

/// <summary>CAP <c>status</c>: how the alert is to be handled.</summary>
[GenerateSerializer, Alias("AmbonCC.Warnings.Cap.CapStatus")]
public enum CapStatus { Actual, Exercise, System, Test, Draft }

/// <summary>CAP <c>msgType</c>; Update, Cancel, Ack and Error carry <c>references</c>.</summary>
[GenerateSerializer, Alias("AmbonCC.Warnings.Cap.CapMsgType")]
public enum CapMsgType { Alert, Update, Cancel, Ack, Error }

/// <summary>CAP <c>scope</c>; Restricted needs <c>restriction</c>, Private needs <c>addresses</c>.</summary>
[GenerateSerializer, Alias("AmbonCC.Warnings.Cap.CapScope")]
public enum CapScope { Public, Restricted, Private }

/// <summary>CAP <c>category</c>. Floods are Met (the standard lists "inc. flood" under Met).</summary>
[GenerateSerializer, Alias("AmbonCC.Warnings.Cap.CapCategory")]
public enum CapCategory { Geo, Met, Safety, Security, Rescue, Fire, Health, Env, Transport, Infra, CBRNE, Other }

/// <summary>CAP <c>responseType</c>: the action recommended to the audience.</summary>
[GenerateSerializer, Alias("AmbonCC.Warnings.Cap.CapResponseType")]
public enum CapResponseType { Shelter, Evacuate, Prepare, Execute, Avoid, Monitor, Assess, AllClear, None }

/// <summary>CAP <c>urgency</c>: how soon to act.</summary>
[GenerateSerializer, Alias("AmbonCC.Warnings.Cap.CapUrgency")]
public enum CapUrgency { Immediate, Expected, Future, Past, Unknown }

/// <summary>CAP <c>severity</c>: how bad the impact.</summary>
[GenerateSerializer, Alias("AmbonCC.Warnings.Cap.CapSeverity")]
public enum CapSeverity { Extreme, Severe, Moderate, Minor, Unknown }

/// <summary>CAP <c>certainty</c>: how sure.</summary>
[GenerateSerializer, Alias("AmbonCC.Warnings.Cap.CapCertainty")]
public enum CapCertainty { Observed, Likely, Possible, Unlikely, Unknown }
